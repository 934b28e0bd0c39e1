import random

from mldojo.content.testing import case


def _best_by_scan(nums):
    """Independent oracle for short arrays: the sum of every subarray from prefix sums."""
    prefix = [0]
    for value in nums:
        prefix.append(prefix[-1] + value)
    return max(prefix[j + 1] - prefix[i] for i in range(len(nums)) for j in range(i, len(nums)))


def _checked(name, nums):
    return case(name, nums, expected=_best_by_scan(nums))


def public():
    return [
        case("example 1", [-3, 4, -1, 2, -6, 1], expected=5),
        case("example 2", [-7, -2, -9], expected=-2),
        case("example 3", [6], expected=6),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single negative", [-10_000], expected=-10_000),
        case("single zero", [0], expected=0),
        case("all the same negative", [-4, -4, -4], expected=-4),
        case("zeros and negatives", [-1, 0, -2], expected=0),
        _checked("all positive", [3, 1, 4, 1, 5]),
        _checked("dip between two runs", [5, 5, -1, 5, 5]),
        _checked("deep dip between two runs", [5, 5, -11, 5, 5]),
        _checked("best at the end", [-2, -3, 4, -1, -2, 1, 5]),
        _checked("best at the start", [8, -1, 2, -20, 3]),
        _checked("extremes", [10_000, -10_000, 10_000, -9_999, 10_000]),
    ]
    for k in range(10):
        nums = [rng.randint(-50, 40) for _ in range(rng.randint(1, 60))]
        cases.append(_checked(f"random {k + 1}", nums))
    cases.append(case("100000 random", [rng.randint(-10_000, 10_000) for _ in range(100_000)]))
    cases.append(case("100000 negative", [rng.randint(-10_000, -1) for _ in range(100_000)]))
    runs = []
    for _ in range(20_000):
        runs += [rng.randint(1, 10_000), rng.randint(1, 10_000), -rng.randint(1, 100),
                 rng.randint(1, 10_000), -10_000]
    cases.append(case("100000 with small dips and deep drops", runs))
    return cases
