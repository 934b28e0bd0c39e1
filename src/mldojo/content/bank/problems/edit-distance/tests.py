import random
from functools import lru_cache

from mldojo.content.testing import case


def _distance_top_down(word1, word2):
    """Independent oracle for short words: memoised recursion over suffixes."""

    @lru_cache(maxsize=None)
    def dist(i, j):
        if i == len(word1) or j == len(word2):
            return (len(word1) - i) + (len(word2) - j)
        if word1[i] == word2[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j + 1), dist(i + 1, j), dist(i, j + 1))

    return dist(0, 0)


def _checked(name, word1, word2):
    return case(name, word1, word2, expected=_distance_top_down(word1, word2))


def _word(rng, alphabet, low, high):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _mutated(rng, word, edits, alphabet):
    letters = list(word)
    for _ in range(edits):
        kind = rng.randrange(3)
        if kind == 0 or not letters:
            letters.insert(rng.randint(0, len(letters)), rng.choice(alphabet))
        elif kind == 1:
            del letters[rng.randrange(len(letters))]
        else:
            letters[rng.randrange(len(letters))] = rng.choice(alphabet)
    return "".join(letters)


def public():
    return [
        case("example 1", "flaw", "lawn", expected=2),
        case("example 2", "table", "cable", expected=1),
        case("example 3", "", "dog", expected=3),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("both empty", "", "", expected=0),
        case("delete everything", "abc", "", expected=3),
        case("identical", "same", "same", expected=0),
        case("one replacement", "a", "b", expected=1),
        case("all replaced", "abc", "xyz", expected=3),
        case("one letter shifted", "abcdef", "bcdefa", expected=2),
        case("insert at the front", "ello", "hello", expected=1),
        case("disjoint lengths", "ab", "cdef", expected=4),
        _checked("swap two letters", "abcd", "acbd"),
        _checked("reverse", "abcdef", "fedcba"),
    ]
    for k in range(12):
        alphabet = "ab" if k % 3 == 0 else "abcd" if k % 3 == 1 else "abcdefghijklmnopqrstuvwxyz"
        word1 = _word(rng, alphabet, 0, 9)
        word2 = _mutated(rng, word1, rng.randint(0, 5), alphabet) if k % 2 else _word(
            rng, alphabet, 0, 9)
        cases.append(_checked(f"random {k + 1}", word1, word2))
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    cases.append(case("two random words of 500", _word(rng, alphabet, 500, 500),
                      _word(rng, alphabet, 500, 500)))
    base = _word(rng, "abc", 500, 500)
    cases.append(case("500 letters and 40 edits", base, _mutated(rng, base, 40, "abc")[:500]))
    cases.append(case("500 a's against 500 b's", "a" * 500, "b" * 500, expected=500))
    cases.append(case("500 against empty", base, "", expected=500))
    cases.append(case("long near match", "ab" * 40, "ba" * 40, expected=2))
    return cases
