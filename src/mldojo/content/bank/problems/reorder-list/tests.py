import random

from mldojo.content.testing import case


def _woven(values):
    """Independent oracle: take from the front and the back of a Python list in turn."""
    out = []
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        out.append(values[lo])
        if lo != hi:
            out.append(values[hi])
        lo += 1
        hi -= 1
    return out


def _checked(name, values):
    return case(name, values, expected=_woven(values))


def public():
    return [
        case("example 1", [1, 2, 3, 4], expected=[1, 4, 2, 3]),
        case("example 2", [1, 2, 3, 4, 5], expected=[1, 5, 2, 4, 3]),
        case("example 3", [8], expected=[8]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("two nodes", [1, 2]),
        _checked("three nodes", [1, 2, 3]),
        _checked("six nodes", [10, 20, 30, 40, 50, 60]),
        _checked("seven nodes", [7, 6, 5, 4, 3, 2, 1]),
        _checked("repeated values", [5, 5, 1, 1, 5]),
        _checked("bounds", [1000, 1, 1000, 1]),
    ]
    for k in range(10):
        values = [rng.randint(1, 1000) for _ in range(rng.randint(1, 50))]
        cases.append(_checked(f"random {k + 1}", values))
    cases.append(_checked("100000 nodes", [rng.randint(1, 1000) for _ in range(100_000)]))
    cases.append(_checked("99999 nodes", [rng.randint(1, 1000) for _ in range(99_999)]))
    return cases
