import random

from mldojo.content.testing import case


def _index(nums, target):
    """Oracle: a linear scan."""
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1


def _sorted_distinct(rng, n, spread=10**9):
    return sorted(rng.sample(range(-spread, spread + 1), n))


def public():
    return [
        case("example 1", [-4, 0, 3, 8, 15], 8, expected=3),
        case("example 2", [-4, 0, 3, 8, 15], 5, expected=-1),
        case("example 3", [6], 6, expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single element, absent below", [6], 2, expected=-1),
        case("single element, absent above", [6], 9, expected=-1),
        case("two elements, first", [1, 2], 1, expected=0),
        case("two elements, second", [1, 2], 2, expected=1),
        case("two elements, between", [1, 3], 2, expected=-1),
        case("first index", [2, 4, 6, 8, 10, 12, 14], 2, expected=0),
        case("last index", [2, 4, 6, 8, 10, 12, 14], 14, expected=6),
        case("smaller than everything", [2, 4, 6, 8, 10, 12, 14], -5, expected=-1),
        case("larger than everything", [2, 4, 6, 8, 10, 12, 14], 99, expected=-1),
        case("extreme values", [-(10**9), 0, 10**9], 10**9, expected=2),
        case("negative target", [-9, -5, -1, 0], -5, expected=1),
    ]
    for k in range(14):
        n = rng.randint(1, 40)
        nums = _sorted_distinct(rng, n, spread=rng.choice([50, 10**9]))
        target = rng.choice(nums) if k % 2 == 0 else rng.randint(nums[0] - 3, nums[-1] + 3)
        cases.append(case(f"random {k + 1}", nums, target, expected=_index(nums, target)))
    n = 100_000
    nums = _sorted_distinct(rng, n)
    gap = next(i for i in range(n - 1) if nums[i + 1] - nums[i] > 1)
    for name, target in [
        ("100000 elements, target first", nums[0]),
        ("100000 elements, target last", nums[-1]),
        ("100000 elements, target inside", nums[rng.randrange(n)]),
        ("100000 elements, target in a gap", nums[gap] + 1),
        ("100000 elements, target below all", nums[0] - 1),
    ]:
        cases.append(case(name, nums, target, expected=_index(nums, target)))
    return cases
