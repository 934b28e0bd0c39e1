import random

from mldojo.content.testing import case


def _rotated(rng, n, shift=None, spread=10**9):
    values = sorted(rng.sample(range(-spread, spread + 1), n))
    shift = rng.randrange(n) if shift is None else shift
    return values[shift:] + values[:shift]


def _checked(name, nums):
    # Independent oracle: min().
    return case(name, nums, expected=min(nums))


def public():
    return [
        case("example 1", [5, 7, 9, 1, 3], expected=1),
        case("example 2", [2, 4, 6, 8], expected=2),
        case("example 3", [10, 3], expected=3),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one element", [-4]),
        _checked("two elements, sorted", [3, 10]),
        _checked("rotated by one", [2, 3, 4, 5, 6, 1]),
        _checked("rotated by n - 1", [6, 1, 2, 3, 4, 5]),
        _checked("minimum in the middle", [4, 5, 6, 0, 1, 2, 3]),
        _checked("negatives", [-3, -1, -20, -10, -5]),
        _checked("extremes", [10**9, -(10**9)]),
        _checked("three elements, minimum last", [2, 3, 1]),
    ]
    for n in (3, 4, 5):
        values = list(range(1, n + 1))
        for shift in range(n):
            cases.append(_checked(f"n = {n}, shift {shift}", values[shift:] + values[:shift]))
    for k in range(10):
        cases.append(_checked(f"random {k + 1}", _rotated(rng, rng.randint(1, 60), spread=500)))
    n = 100_000
    for label, shift in (("not rotated", 0), ("rotated by one", 1), ("rotated in the middle", n // 2 + 3),
                         ("rotated by n - 1", n - 1), ("rotated at random", rng.randrange(n))):
        cases.append(_checked(f"100000 values, {label}", _rotated(rng, n, shift)))
    return cases
