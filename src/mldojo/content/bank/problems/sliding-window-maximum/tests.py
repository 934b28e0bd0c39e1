import random

from mldojo.content.testing import case


def _checked(name, nums, k):
    # Independent oracle for small inputs: max() of every window.
    return case(name, nums, k, expected=[max(nums[i : i + k]) for i in range(len(nums) - k + 1)])


def public():
    return [
        case("example 1", [2, 7, 3, 1, 5, 4], 3, expected=[7, 7, 5, 5]),
        case("example 2", [9, 8, 7], 1, expected=[9, 8, 7]),
        case("example 3", [4, -2, 6, 0], 4, expected=[6]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one element", [-3], 1),
        _checked("all equal", [5, 5, 5, 5, 5], 2),
        _checked("increasing", [1, 2, 3, 4, 5, 6], 3),
        _checked("decreasing", [6, 5, 4, 3, 2, 1], 3),
        _checked("maximum leaves, then a repeat of it", [3, 1, 3, 1, 1, 1], 2),
        _checked("big value at the start only", [10, 1, 2, 3, 4], 2),
        _checked("negatives only", [-7, -3, -9, -1, -8], 2),
        _checked("extremes", [-10_000, 10_000, -10_000, 10_000], 3),
        _checked("window of two on a zigzag", [1, 9, 2, 8, 3, 7], 2),
    ]
    for k in range(12):
        n = rng.randint(1, 50)
        nums = [rng.randint(-10, 10) if k % 2 else rng.randint(-10_000, 10_000) for _ in range(n)]
        cases.append(_checked(f"random {k + 1}", nums, rng.randint(1, n)))
    n = 100_000
    nums = [rng.randint(-10_000, 10_000) for _ in range(n)]
    cases.append(case("100000 random values, k = 50000", nums, 50_000))
    cases.append(case("100000 random values, k = 7", nums, 7))
    falling = [10_000 - (i // 10) for i in range(n)]
    cases.append(case("100000 falling values, k = 50000", falling, 50_000))
    cases.append(case("100000 values, k = n", nums, n, expected=[max(nums)]))
    return cases
