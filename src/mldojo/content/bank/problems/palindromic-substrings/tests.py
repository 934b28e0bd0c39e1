import random

from mldojo.content.testing import case


def _count(s):
    """Independent oracle: compare every substring with its reverse."""
    return sum(s[i:j] == s[i:j][::-1] for i in range(len(s)) for j in range(i + 1, len(s) + 1))


def _checked(name, s):
    return case(name, s, expected=_count(s))


def public():
    return [
        case("example 1", "xyz", expected=3),
        case("example 2", "ooo", expected=6),
        case("example 3", "noon", expected=6),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single letter", "q"),
        _checked("two equal letters", "zz"),
        _checked("two different letters", "az"),
        _checked("even palindrome only", "abba"),
        _checked("odd palindrome", "racecar"),
        _checked("repeated word", "abcabc"),
        _checked("alternating", "abababa"),
        _checked("whole alphabet", "abcdefghijklmnopqrstuvwxyz"),
        _checked("nested even palindromes", "aabbaabbaa"),
    ]
    for k in range(16):
        alphabet = ("ab", "abc", "aab", "abcdefghijklmnopqrstuvwxyz")[k % 4]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        cases.append(_checked(f"random {k + 1}", s))
    n = 1000
    cases.append(case("1000 equal letters", "a" * n, expected=n * (n + 1) // 2))
    cases.append(case("1000 letters alternating", "ab" * (n // 2)))
    cases.append(case("999 equal letters around one other", "m" * 499 + "x" + "m" * 500))
    cases.append(case("1000 random letters from two", "".join(rng.choice("ab") for _ in range(n))))
    cases.append(
        case(
            "1000 random letters",
            "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)),
        )
    )
    return cases
