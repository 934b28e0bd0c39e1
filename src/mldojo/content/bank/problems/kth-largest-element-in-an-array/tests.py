import random

from mldojo.content.testing import case


def _kth(nums, k):
    """Oracle: sort descending and index."""
    return sorted(nums, reverse=True)[k - 1]


def public():
    return [
        case("example 1", [7, 2, 9, 4, 5], 2, expected=7),
        case("example 2", [6, 6, 3, 1], 2, expected=6),
        case("example 3", [-8, -3], 2, expected=-8),
    ]


def hidden(seed):
    rng = random.Random(seed)
    fixed = [
        ("single element", [42], 1),
        ("k = 1 is the maximum", [3, -1, 10, 2], 1),
        ("k = n is the minimum", [3, -1, 10, 2], 4),
        ("all equal", [5, 5, 5, 5], 3),
        ("duplicates at the top", [9, 9, 9, 1, 2], 3),
        ("duplicates straddle k", [4, 8, 8, 2, 8, 1], 4),
        ("extremes", [10**4, -(10**4), 0], 2),
        ("negatives only", [-1, -7, -3, -3], 3),
    ]
    cases = [case(name, nums, k, expected=_kth(nums, k)) for name, nums, k in fixed]
    for index in range(12):
        n = rng.randint(1, 60)
        spread = rng.choice([3, 50, 10**4])
        nums = [rng.randint(-spread, spread) for _ in range(n)]
        k = rng.randint(1, n)
        cases.append(case(f"random {index + 1}", nums, k, expected=_kth(nums, k)))
    n = 100_000
    nums = [rng.randint(-(10**4), 10**4) for _ in range(n)]
    cases.append(case("100000 random, k = n/2", nums, n // 2, expected=_kth(nums, n // 2)))
    cases.append(case("100000 equal values", [7] * n, n // 3, expected=7))
    nums = [rng.choice([-1, 0, 1]) for _ in range(n)]
    cases.append(case("100000 values from three", nums, 2 * n // 3,
                      expected=_kth(nums, 2 * n // 3)))
    nums = sorted(rng.randint(-(10**4), 10**4) for _ in range(n))
    cases.append(case("100000 sorted ascending, k = n", nums, n, expected=nums[0]))
    return cases
