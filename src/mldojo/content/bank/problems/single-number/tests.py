import random
from collections import Counter

from mldojo.content.testing import case


def _checked(name, nums):
    # Independent oracle: count the occurrences.
    (single,) = [value for value, count in Counter(nums).items() if count == 1]
    return case(name, nums, expected=single)


def _planted(rng, pairs, spread, shuffle=True):
    """pairs distinct values twice each plus one distinct single value."""
    values = rng.sample(range(-spread, spread + 1), pairs + 1)
    single, paired = values[0], values[1:]
    nums = paired + paired + [single]
    if shuffle:
        rng.shuffle(nums)
    return nums


def public():
    return [
        case("example 1", [7, 3, 7], expected=3),
        case("example 2", [-4], expected=-4),
        case("example 3", [10, 20, 30, 20, 10], expected=30),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("zero is the single", [5, 0, 5], expected=0),
        case("zero is paired", [0, 9, 0], expected=9),
        case("single first", [1, 2, 2], expected=1),
        case("single last and largest", [1, 1, 2, 2, 3], expected=3),
        case("single smallest", [8, -8, 8], expected=-8),
        case("negatives", [-1, -2, -3, -2, -1], expected=-3),
        case("extremes", [10**9, -(10**9), 10**9], expected=-(10**9)),
    ]
    for k in range(12):
        nums = _planted(rng, rng.randint(0, 30), [5, 100, 10**9][k % 3] + 30)
        cases.append(_checked(f"random {k + 1}", nums))
    pairs = 99_999
    cases.append(_checked("199999 shuffled", _planted(rng, pairs, 10**9)))
    # First occurrences, then second occurrences, then the single one.
    cases.append(_checked("199999, pairs far apart, single last",
                          _planted(rng, pairs, 10**9, shuffle=False)))
    return cases
