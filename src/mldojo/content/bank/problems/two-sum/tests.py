import random

from mldojo.content.testing import case


def public():
    return [
        case("example 1", [3, 8, 12, 5], 17, expected=[2, 3]),
        case("example 2", [4, 4, 1], 8, expected=[0, 1]),
        case("example 3", [-2, 9, 6], 4, expected=[0, 2]),
    ]


def _planted(rng, n, spread, pair_at=None):
    """Return (nums, target) with exactly one valid pair.

    Fillers are multiples of 4; the pair is one value of remainder 1 and one of remainder 2
    (mod 4), so only the pair sums to a target of remainder 3.
    """
    fillers = rng.sample(range(-spread, spread), n - 2)
    nums = [4 * v for v in fillers]
    a = 4 * rng.randrange(-spread, spread) + 1
    b = 4 * rng.randrange(-spread, spread) + 2
    i, j = pair_at if pair_at else rng.sample(range(n), 2)
    nums.insert(min(i, j), a)
    nums.insert(max(i, j), b)
    return nums, a + b


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("two elements", [1, 2], 3, expected=[0, 1]),
        case("pair at the ends", [5, 1, 2, 7], 12, expected=[0, 3]),
        case("half the target appears once", [3, 2, 4], 6, expected=[1, 2]),
        case("zeros", [0, 4, 3, 0], 0, expected=[0, 3]),
        case("extremes", [10**9, -(10**9), 7], 0, expected=[0, 1]),
        case("negatives only", [-1, -2, -3, -4, -5], -8, expected=[2, 4]),
    ]
    for k in range(10):
        nums, target = _planted(rng, rng.randint(2, 60), 10**6)
        cases.append(case(f"random {k + 1}", nums, target))
    n = 100_000
    nums, target = _planted(rng, n, 10**8, pair_at=(n - 2, n - 1))
    cases.append(case("large, pair at the end", nums, target))
    nums, target = _planted(rng, n, 10**8, pair_at=(n // 2, n - 1))
    cases.append(case("large, pair in the middle and at the end", nums, target))
    return cases
