import random

from mldojo.content.testing import case


def _missing(nums):
    """Independent oracle: the set difference with the whole range."""
    (value,) = set(range(len(nums) + 1)) - set(nums)
    return value


def _checked(name, nums):
    return case(name, nums, expected=_missing(nums))


def _without(rng, n, gone):
    nums = [v for v in range(n + 1) if v != gone]
    rng.shuffle(nums)
    return nums


def public():
    return [
        case("example 1", [4, 0, 3, 1], expected=2),
        case("example 2", [0, 1], expected=2),
        case("example 3", [1], expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one element, n missing", [0]),
        _checked("zero missing, sorted", [1, 2, 3, 4, 5]),
        _checked("zero missing, shuffled", [3, 5, 1, 2, 4]),
        _checked("n missing, shuffled", [2, 0, 3, 1]),
        _checked("middle missing, sorted", [0, 1, 2, 4, 5, 6]),
        _checked("middle missing, reversed", [6, 5, 3, 2, 1, 0]),
        _checked("power of two length", [0, 1, 2, 3, 5, 6, 7, 8]),
    ]
    for k in range(12):
        n = rng.randint(1, 50)
        cases.append(_checked(f"random {k + 1}", _without(rng, n, rng.randint(0, n))))
    n = 10_000
    cases.append(_checked("10000 values, 0 missing", _without(rng, n, 0)))
    cases.append(_checked("10000 values, n missing", _without(rng, n, n)))
    cases.append(_checked("10000 values, random gap", _without(rng, n, rng.randint(1, n - 1))))
    return cases
