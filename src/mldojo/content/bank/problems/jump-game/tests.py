import random

from mldojo.content.testing import case


def _reachable(nums):
    """Independent oracle for small inputs: mark every landing cell (O(n · max jump))."""
    seen = [False] * len(nums)
    seen[0] = True
    for i, length in enumerate(nums):
        if seen[i]:
            for j in range(i + 1, min(len(nums), i + length + 1)):
                seen[j] = True
    return seen[-1]


def _checked(name, nums):
    return case(name, nums, expected=_reachable(nums))


def public():
    return [
        case("example 1", [1, 3, 0, 0, 2], expected=True),
        case("example 2", [2, 1, 0, 3], expected=False),
        case("example 3", [0], expected=True),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single nonzero", [5], expected=True),
        case("two elements, stuck", [0, 1], expected=False),
        case("two elements, one step", [1, 0], expected=True),
        case("lands exactly on the last index", [2, 0, 0], expected=True),
        case("falls one short", [1, 1, 0, 0], expected=False),
        case("zero at the end is fine", [1, 1, 1, 0], expected=True),
        case("longest jump lands on a zero", [2, 5, 0, 0, 0, 1], expected=True),
        case("a wall of zeros", [3, 2, 1, 0, 4], expected=False),
        case("big first jump", [100000, 0, 0, 0], expected=True),
    ]
    for k in range(12):
        n = rng.randint(1, 60)
        high = [1, 2, 4][k % 3]
        nums = [rng.choice([0] * 2 + list(range(1, high + 1))) for _ in range(n)]
        cases.append(_checked(f"random {k + 1}", nums))
    n = 100_000
    # Index i reaches exactly n - 2, where a 0 waits: every cell is marked again and again.
    cases.append(case("100000 long jumps that all stop short",
                      [n - 2 - i for i in range(n - 1)] + [0], expected=False))
    cases.append(case("100000 ones", [1] * n, expected=True))
    hops = [0] * n
    for i in range(0, n - 1, 3):
        hops[i] = 3
    cases.append(case("100000, zeros jumped over", hops, expected=True))
    stuck = [rng.randint(1, 3) for _ in range(n)]
    stuck[n - 10: n - 2] = [3, 2, 1, 0, 0, 0, 0, 0]
    cases.append(case("100000, stuck near the end", stuck, expected=False))
    return cases
