import random
from math import comb

from mldojo.content.testing import case


def _checked(name, m, n):
    # Independent oracle: choose which of the m + n - 2 moves go down.
    return case(name, m, n, expected=comb(m + n - 2, m - 1))


def public():
    return [
        case("example 1", 3, 3, expected=6),
        case("example 2", 1, 5, expected=1),
        case("example 3", 3, 4, expected=10),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one cell", 1, 1, expected=1),
        case("one column", 7, 1, expected=1),
        case("one long row", 1, 100, expected=1),
        case("two by two", 2, 2, expected=2),
        _checked("two rows, many columns", 2, 100),
        _checked("ten by ten", 10, 10),
        _checked("wide and short", 5, 80),
        _checked("tall and narrow", 80, 5),
    ]
    for k in range(10):
        m, n = rng.randint(1, 100), rng.randint(1, 100)
        cases.append(_checked(f"random {k + 1}", m, n))
    cases.append(_checked("20 by 20", 20, 20))
    cases.append(_checked("past 2^53", 30, 32))
    cases.append(_checked("past 2^64", 40, 40))
    cases.append(_checked("100 by 100", 100, 100))
    return cases
