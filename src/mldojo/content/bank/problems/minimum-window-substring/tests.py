import random
import string
from collections import Counter

from mldojo.content.testing import case


def _short(text):
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...") + f" ({len(text)} characters)"


def check(args, expected, actual):
    """Accept any shortest window of s that holds t with multiplicity."""
    s, t = args
    if not isinstance(actual, str):
        return f"returned {type(actual).__name__}; return a string"
    if expected == "":
        if actual != "":
            return f"returned {_short(actual)}, but no window of s holds all of t; return \"\""
        return None
    if actual == "":
        return (
            f"returned \"\", but the window {_short(expected)} of length {len(expected)} holds all of t"
        )
    if actual not in s:
        return f"{_short(actual)} is not a contiguous substring of s"
    lacking = Counter(t) - Counter(actual)
    if lacking:
        letter, count = sorted(lacking.items())[0]
        return (
            f"the window {_short(actual)} lacks {count} more {letter!r} "
            f"(t holds {Counter(t)[letter]}); letters count with multiplicity"
        )
    if len(actual) > len(expected):
        return (
            f"the window {_short(actual)} of length {len(actual)} holds t, but a shorter one of "
            f"length {len(expected)} exists: {_short(expected)}"
        )
    return None


def _shortest_length(s, t):
    """Independent oracle for small inputs: every substring; 0 when none holds t."""
    need = Counter(t)
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if (best == 0 or j - i < best) and not need - Counter(s[i:j]):
                best = j - i
    return best


def _checked(name, s, t):
    length = _shortest_length(s, t)
    if length == 0:
        return case(name, s, t, expected="")
    need = Counter(t)
    window = next(s[i : i + length] for i in range(len(s)) if not need - Counter(s[i : i + length]))
    return case(name, s, t, expected=window)


def public():
    return [
        case("example 1", "xaybzcxab", "abc", expected="cxab"),
        case("example 2", "aabba", "aab", expected="aab"),
        case("example 3", "aBc", "b", expected=""),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("s equals t", "abc", "abc"),
        _checked("one letter, present", "a", "a"),
        _checked("one letter, absent", "a", "b"),
        _checked("t longer than s", "ab", "abb"),
        _checked("not enough copies", "abab", "aaa"),
        _checked("t repeats one letter", "baaacaab", "aaa"),
        _checked("window at the very end", "zzzzzab", "ba"),
        _checked("window at the very start", "abzzzzz", "ba"),
        _checked("the whole string", "azzzzzb", "ab"),
        _checked("upper and lower case differ", "AaBbAB", "AB"),
        _checked("letters of t in reverse order", "cbxxabc", "abc"),
        _checked("later window shorter than the first", "axxxbxaxb", "ab"),
    ]
    for k in range(12):
        alphabet = rng.choice(("ab", "abc", "abcD", "aAbB"))
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        cases.append(_checked(f"random {k + 1}", s, t))
    letters = string.ascii_letters
    n = 100_000
    s = "".join(rng.choice(letters) for _ in range(n))
    t = "".join(rng.choice(letters) for _ in range(60))
    cases.append(case("100000 random letters, t of 60", s, t))
    filler = "".join(rng.choice("abcdefgh") for _ in range(n - 2))
    cases.append(case("100000 letters, t at the two ends", "X" + filler + "Y", "XY"))
    cases.append(case("100000 letters, t of 50010 letters", filler[: n // 2] * 2, filler[: n // 2][::-1] + "a" * 10))
    t_many = "".join(rng.choice("pq") for _ in range(2_000))
    s_many = "".join(rng.choice("pqr") for _ in range(n))
    cases.append(case("100000 letters, t repeats two letters", s_many, t_many))
    return cases
