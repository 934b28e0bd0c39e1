import random

from mldojo.content.testing import case


def _rotated(rng, n, shift=None, spread=10**9):
    values = sorted(rng.sample(range(-spread, spread + 1), n))
    shift = rng.randrange(n) if shift is None else shift
    return values[shift:] + values[:shift]


def _checked(name, nums, target):
    # Independent oracle: a linear scan.
    expected = nums.index(target) if target in nums else -1
    return case(name, nums, target, expected=expected)


def _absent(rng, nums):
    """A value that is not in nums: between two values, or outside the range."""
    present = set(nums)
    while True:
        candidate = rng.choice(nums) + rng.choice((-1, 1)) * rng.randint(1, 3)
        if candidate not in present and -(10**9) <= candidate <= 10**9:
            return candidate


def public():
    return [
        case("example 1", [6, 8, 11, 1, 3], 1, expected=3),
        case("example 2", [6, 8, 11, 1, 3], 7, expected=-1),
        case("example 3", [4, 9], 9, expected=1),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one element, found", [5], 5),
        _checked("one element, absent", [5], 4),
        _checked("two elements rotated, second", [3, 1], 1),
        _checked("two elements rotated, first", [3, 1], 3),
        _checked("two elements, absent between", [3, 1], 2),
        _checked("not rotated, last", [1, 2, 3, 4, 5, 6, 7], 7),
        _checked("not rotated, first", [1, 2, 3, 4, 5, 6, 7], 1),
        _checked("rotated by one, smallest at the end", [2, 3, 4, 5, 6, 7, 1], 1),
        _checked("rotated by n - 1, largest first", [7, 1, 2, 3, 4, 5, 6], 7),
        _checked("target below every value", [40, 50, 10, 20, 30], 5),
        _checked("target above every value", [40, 50, 10, 20, 30], 60),
        _checked("extremes", [10**9, -(10**9), 0], -(10**9)),
    ]
    for n in (3, 4):
        values = list(range(10, 10 * n + 1, 10))
        for shift in range(n):
            nums = values[shift:] + values[:shift]
            for target in [*nums, 5, 15, 10 * n + 5]:
                cases.append(_checked(f"all of n = {n}, shift {shift}, target {target}", nums, target))
    for k in range(12):
        nums = _rotated(rng, rng.randint(1, 60), spread=200)
        target = rng.choice(nums) if k % 3 else _absent(rng, nums)
        cases.append(_checked(f"random {k + 1}", nums, target))
    n = 100_000
    for label, shift in (("rotated in the middle", n // 2 + 7), ("rotated near the end", n - 3),
                         ("not rotated", 0)):
        nums = _rotated(rng, n, shift)
        for where in (0, n - 1, rng.randrange(n)):
            cases.append(_checked(f"large, {label}, target at {where}", nums, nums[where]))
        cases.append(_checked(f"large, {label}, absent", nums, _absent(rng, nums)))
    return cases
