import random

from mldojo.content.testing import case


def _lis_quadratic(nums):
    """Independent oracle for small inputs: the O(n^2) DP."""
    best = []
    for i, value in enumerate(nums):
        best.append(1 + max((best[j] for j in range(i) if nums[j] < value), default=0))
    return max(best)


def _checked(name, nums):
    return case(name, nums, expected=_lis_quadratic(nums))


def public():
    return [
        case("example 1", [5, 1, 6, 2, 7, 3, 4], expected=4),
        case("example 2", [2, 2, 2], expected=1),
        case("example 3", [9, 4, 7, 8, 1], expected=3),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single element", [7], expected=1),
        case("strictly decreasing", [5, 4, 3, 2, 1], expected=1),
        case("strictly increasing", [-3, -1, 0, 8, 9], expected=5),
        _checked("plateaus", [1, 2, 2, 2, 3, 3, 4]),
        _checked("best run starts late", [10, 11, 12, 1, 2, 3, 4, 5]),
        _checked("first element is a trap", [100, 1, 2, 3]),
        _checked("interleaved", [1, 10, 2, 11, 3, 12, 4]),
        _checked("extremes", [10**9, -(10**9), 0, 10**9]),
        _checked("zigzag", [3, 1, 4, 2, 5, 3, 6, 4, 7]),
    ]
    for k in range(12):
        n = rng.randint(1, 80)
        high = [3, 20, 1000][k % 3]
        cases.append(_checked(f"random {k + 1}", [rng.randint(-high, high) for _ in range(n)]))
    n = 100_000
    cases.append(case("100000 random values", [rng.randint(-(10**9), 10**9) for _ in range(n)]))
    cases.append(case("100000 increasing values", list(range(-50_000, 50_000)), expected=n))
    cases.append(case("100000 values from a small range", [rng.randint(0, 500) for _ in range(n)]))
    # Two interleaved increasing sequences: the answer is half the length.
    cases.append(case("100000 interleaved", [v for i in range(n // 2) for v in (i, i - 10**6)],
                      expected=n // 2))
    return cases
