import random

from mldojo.content.testing import case


def _longest_brute(s):
    """Independent oracle for short strings: try every substring."""
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best


def public():
    return [
        case("example 1", "xyzxyzz", expected=3),
        case("example 2", "tmmzuxt", expected=5),
        case("example 3", "", expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single character", "q", expected=1),
        case("one space", " ", expected=1),
        case("all the same", "aaaaaa", expected=1),
        case("all distinct", "abcdefg", expected=7),
        case("old repeat left of the window", "abba", expected=2),
        case("repeat in the middle keeps the tail", "dvdf", expected=3),
        case("longest run at the end", "aab", expected=2),
        case("spaces and symbols", "a b!c b", expected=5),
        case("digits and letters", "1a2b3c1a", expected=6),
        case("accented and emoji", "éaé😀b😀c", expected=4),
        case("case matters", "aAbBaA", expected=4),
        case("palindrome", "racecar", expected=4),
    ]
    alphabets = ["ab", "abc", "abcdefgh", "xyz ", "αβγδεζ", "0123456789abcdefghijklmnopqrstuvwxyz"]
    for k in range(12):
        alphabet = alphabets[k % len(alphabets)]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        cases.append(case(f"random {k + 1}", s, expected=_longest_brute(s)))
    cjk = [chr(0x4E00 + i) for i in range(20_000)]
    cases.append(case("20000 distinct CJK characters, cycled to 100000", "".join(cjk * 5),
                      expected=20_000))
    distinct = "".join(chr(0x10000 + i) for i in range(100_000))
    cases.append(case("100000 distinct characters", distinct, expected=100_000))
    printable = "".join(chr(c) for c in range(32, 127))
    s = "".join(rng.choice(printable) for _ in range(100_000))
    cases.append(case("100000 random printable ASCII", s))
    cases.append(case("100000 copies of one character", "z" * 100_000, expected=1))
    return cases
