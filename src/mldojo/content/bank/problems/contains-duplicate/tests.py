import random

from mldojo.content.testing import case


def _has_repeat(nums):
    """Oracle for small inputs: the pairwise definition."""
    return any(nums[i] == nums[j] for i in range(len(nums)) for j in range(i + 1, len(nums)))


def public():
    return [
        case("example 1", [4, 9, 2, 9], expected=True),
        case("example 2", [10, -10, 0], expected=False),
        case("example 3", [6, 1, 5, 3, 6], expected=True),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single element", [7], expected=False),
        case("two equal", [3, 3], expected=True),
        case("two different", [3, -3], expected=False),
        case("repeat of the maximum", [1, 9, 5, 9], expected=True),
        case("repeat at both ends", [8, 1, 2, 3, 8], expected=True),
        case("zeros", [0, 5, 0], expected=True),
        case("extremes, distinct", [10**9, -(10**9), 10**9 - 1], expected=False),
        case("extremes, repeated", [-(10**9), 10**9, -(10**9)], expected=True),
    ]
    for k in range(12):
        n = rng.randint(1, 30)
        if k % 2:
            nums = rng.sample(range(-(10**9), 10**9), n)
        else:
            nums = [rng.randint(-3 * n, 3 * n) for _ in range(n)]
        cases.append(case(f"random {k + 1}", nums, expected=_has_repeat(nums)))
    n = 100_000
    distinct = rng.sample(range(-(10**9), 10**9), n)
    cases.append(case("100000 distinct values", distinct, expected=False))
    repeated_last = distinct[:-1] + [distinct[rng.randrange(n - 1)]]
    cases.append(case("100000 values, one repeat at the very end", repeated_last, expected=True))
    cases.append(case("100000 distinct values in ascending order", list(range(-n, 0)),
                      expected=False))
    return cases
