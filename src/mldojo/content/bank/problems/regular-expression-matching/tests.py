import random
import re

from mldojo.content.testing import case


def _checked(name, s, p):
    """Independent oracle: Python's re module, anchored at both ends."""
    return case(name, s, p, expected=re.fullmatch(p, s) is not None)


def _random_pattern(rng, alphabet, length):
    parts = []
    while sum(map(len, parts)) < length:
        element = rng.choice(alphabet + ".")
        parts.append(element + "*" if rng.random() < 0.4 else element)
    return "".join(parts)[:length].rstrip("*") or "a"


def public():
    return [
        case("example 1", "xyy", "xy*", expected=True),
        case("example 2", "b", "c*.", expected=True),
        case("example 3", "tot", "t*o", expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("identical strings", "abc", "abc"),
        _checked("one letter differs", "abc", "abd"),
        _checked("dot for each letter", "xyz", "..."),
        _checked("dot-star matches everything", "anything", ".*"),
        _checked("pattern longer than needed", "a", "ab"),
        _checked("string longer than the pattern", "aab", "a"),
        _checked("zero copies needed", "b", "a*b"),
        _checked("star must back off", "aaa", "a*a"),
        _checked("star must back off for a dot", "abcd", ".*d"),
        _checked("dot-star then a missing letter", "abcd", ".*e"),
        _checked("star is not a glob", "ab", "a*"),
        _checked("only stars", "aaaa", "b*c*a*"),
        _checked("star after a dot then letters", "mississippi", "mis*is*ip*.*"),
        _checked("almost mississippi", "mississippi", "mis*is*p*."),
        _checked("trailing starred units may be empty", "ab", "abc*d*e*"),
        _checked("single letter against a starred dot", "z", ".*z*"),
    ]
    for k in range(24):
        alphabet = rng.choice(("ab", "abc"))
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        p = _random_pattern(rng, alphabet, rng.randint(1, 12))
        cases.append(_checked(f"random {k + 1}", s, p))
    # Plain recursion tries every way of sharing the letters among the starred units.
    cases.append(_checked("twenty letters, ten starred units", "a" * 19 + "b", "a*" * 10))
    cases.append(_checked("nine starred units then a missing letter", "a" * 20, "a*" * 9 + "b"))
    cases.append(_checked("dot-stars then a missing pair", "ab" * 10, ".*" * 9 + "c*d"))
    cases.append(_checked("long match that succeeds", "a" * 20, "a*" * 9 + "aa"))
    return cases
