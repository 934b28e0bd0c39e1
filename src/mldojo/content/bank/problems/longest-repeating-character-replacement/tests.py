import random
import string

from mldojo.content.testing import case


def _longest(s, k):
    """Independent oracle for small inputs: every substring."""
    best = 0
    for i in range(len(s)):
        counts = {}
        for j in range(i, len(s)):
            counts[s[j]] = counts.get(s[j], 0) + 1
            if j - i + 1 - max(counts.values()) <= k:
                best = max(best, j - i + 1)
    return best


def _checked(name, s, k):
    return case(name, s, k, expected=_longest(s, k))


def public():
    return [
        case("example 1", "ABBAB", 1, expected=4),
        case("example 2", "CCDDDC", 2, expected=5),
        case("example 3", "XYZ", 0, expected=1),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one letter, no changes", "Q", 0),
        _checked("one letter, one change allowed", "Q", 1),
        _checked("k equals the length", "ABCD", 4),
        _checked("no changes, longest run wins", "AABBBCA", 0),
        _checked("copies split by other letters", "AAABBBAAA", 0),
        _checked("copies split, one change", "AAABAAACAA", 1),
        _checked("exactly k changes inside", "BAAAB", 2),
        _checked("best window uses the rarer letter", "AABABBBBA", 1),
        _checked("all the same letter", "ZZZZZZ", 2),
        _checked("alternating letters", "ABABABAB", 3),
    ]
    for k in range(12):
        alphabet = string.ascii_uppercase[: rng.choice((2, 3, 5, 26))]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        cases.append(_checked(f"random {k + 1}", s, rng.randint(0, len(s))))
    n = 100_000
    letters = string.ascii_uppercase
    cases.append(case("100000 random letters, k = 100", "".join(rng.choice(letters) for _ in range(n)), 100))
    noisy = "".join("A" if rng.random() < 0.9 else rng.choice(letters[1:]) for _ in range(n))
    cases.append(case("100000 letters, mostly A, k = 5000", noisy, 5000))
    cases.append(case("100000 copies of one letter, k = 0", "M" * n, 0, expected=n))
    two = "".join(rng.choice("AB") for _ in range(n))
    cases.append(case("100000 of two letters, k = n", two, n, expected=n))
    return cases
