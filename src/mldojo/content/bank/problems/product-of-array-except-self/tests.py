import random

from mldojo.content.testing import case


def _except_self(nums):
    """Independent oracle: count zeros and divide the product of the non-zero values."""
    zeros = nums.count(0)
    product = 1
    for value in nums:
        if value:
            product *= value
    if zeros >= 2:
        return [0] * len(nums)
    if zeros == 1:
        return [product if value == 0 else 0 for value in nums]
    return [product // value for value in nums]


def _bounded(rng, n, big_values, zeros=0):
    """n values, mostly ±1, with a few larger ones (and some zeros) so every product stays small."""
    nums = [rng.choice([-1, 1]) for _ in range(n)]
    spots = rng.sample(range(n), big_values + zeros)
    for i in spots[:big_values]:
        nums[i] = rng.choice([-30, -3, -2, 2, 3, 30])  # at most 6 of them: 30^6 < 2^31
    for i in spots[big_values:]:
        nums[i] = 0
    return nums


def public():
    return [
        case("example 1", [2, 3, 4, 5], expected=[60, 40, 30, 24]),
        case("example 2", [3, 0, -2, 1], expected=[0, -6, 0, 0]),
        case("example 3", [-1, 7], expected=[7, -1]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    fixed = [
        ("two elements", [4, 5]),
        ("two zeros", [0, 0]),
        ("zero first", [0, 2, 3]),
        ("zero last", [2, 3, 0]),
        ("two zeros among others", [5, 0, 2, 0, 3]),
        ("all ones", [1, 1, 1, 1]),
        ("all negative", [-1, -2, -3, -4]),
        ("extremes", [30, -30, 30, -30, 1]),
        ("a one and a minus one", [1, -1]),
    ]
    cases = [case(name, nums, expected=_except_self(nums)) for name, nums in fixed]
    for k in range(12):
        n = rng.randint(2, 12)
        nums = [rng.randint(-5, 5) if k % 3 else rng.randint(-30, 30) for _ in range(n)]
        cases.append(case(f"random {k + 1}", nums, expected=_except_self(nums)))
    n = 100_000
    for name, nums in [
        ("100000 values, no zero", _bounded(rng, n, 6)),
        ("100000 values, one zero", _bounded(rng, n, 5, zeros=1)),
        ("100000 values, two zeros", _bounded(rng, n, 5, zeros=2)),
    ]:
        cases.append(case(name, nums, expected=_except_self(nums)))
    return cases
