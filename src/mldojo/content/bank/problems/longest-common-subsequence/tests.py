import random
import string
from functools import lru_cache

from mldojo.content.testing import case


def _lcs_top_down(a, b):
    """Independent oracle for short strings: memoised recursion from the front."""

    @lru_cache(maxsize=None)
    def best(i, j):
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + best(i + 1, j + 1)
        return max(best(i + 1, j), best(i, j + 1))

    return best(0, 0)


def _checked(name, a, b):
    return case(name, a, b, expected=_lcs_top_down(a, b))


def _text(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def public():
    return [
        case("example 1", "kitten", "sitting", expected=4),
        case("example 2", "stone", "tones", expected=4),
        case("example 3", "abc", "xyz", expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single equal letters", "a", "a", expected=1),
        case("single different letters", "a", "b", expected=0),
        case("identical", "subsequence", "subsequence", expected=11),
        case("one inside the other", "ace", "abcde", expected=3),
        case("reversed", "abcd", "dcba", expected=1),
        _checked("greedy trap", "zabcd", "abcdz"),
        _checked("repeated letters", "aaaa", "aa"),
        _checked("interleaved", "abab", "baba"),
        _checked("shared letters, wrong order", "xyzxyz", "zyxzyx"),
    ]
    for k in range(12):
        alphabet = ["ab", "abc", string.ascii_lowercase][k % 3]
        a = _text(rng, rng.randint(1, 60), alphabet)
        b = _text(rng, rng.randint(1, 60), alphabet)
        cases.append(_checked(f"random {k + 1}", a, b))
    cases.append(_checked("no common letter, 40 each", "abcde" * 8, "vwxyz" * 8))
    cases.append(case("1000 each, two letters", _text(rng, 1000, "ab"), _text(rng, 1000, "ab")))
    cases.append(case("1000 each, all letters", _text(rng, 1000, string.ascii_lowercase),
                      _text(rng, 1000, string.ascii_lowercase)))
    same = _text(rng, 1000, "xyz")
    cases.append(case("1000 identical letters", same, same, expected=1000))
    cases.append(case("1000 each, nothing shared", _text(rng, 1000, "abc"),
                      _text(rng, 1000, "xyz"), expected=0))
    cases.append(case("1 against 1000", "q", _text(rng, 999, "abc") + "q", expected=1))
    return cases
