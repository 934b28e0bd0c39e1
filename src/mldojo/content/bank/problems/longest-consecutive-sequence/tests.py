import random

from mldojo.content.testing import case


def _longest(nums):
    """Independent oracle: sort the distinct values and count steps of one."""
    values = sorted(set(nums))
    best = 0
    run = 0
    for i, value in enumerate(values):
        run = run + 1 if i and value == values[i - 1] + 1 else 1
        best = max(best, run)
    return best


def _checked(name, nums):
    return case(name, nums, expected=_longest(nums))


def public():
    return [
        case("example 1", [10, 4, 20, 1, 3, 2, 11], expected=4),
        case("example 2", [5, 5, 6, -1, 0], expected=2),
        case("example 3", [], expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    limit = 10**9
    cases = [
        case("one value", [7], expected=1),
        case("one value repeated", [3, 3, 3], expected=1),
        _checked("duplicates inside a run", [1, 2, 2, 3, 3, 4]),
        _checked("all negative", [-3, -1, -2, -7, -6]),
        _checked("across zero", [2, -1, 0, 1, -2]),
        _checked("extremes", [limit, -limit, limit - 1, -limit + 1]),
        _checked("no two adjacent", [0, 2, 4, 6, 8]),
        _checked("two runs, the later longer", [1, 2, 50, 51, 52, 53]),
        _checked("descending order", [9, 8, 7, 6, 5]),
    ]
    for k in range(15):
        n = rng.randint(1, 60)
        spread = rng.choice((10, 100, limit))
        nums = [rng.randint(-spread, spread) for _ in range(n)]
        cases.append(_checked(f"random {k + 1}", nums))
    n = 100_000
    run = list(range(-50_000, 50_000))
    rng.shuffle(run)
    cases.append(_checked("100000 values, one shuffled run", run))
    start = rng.randint(-limit, limit - n)
    nums = [start + rng.randrange(n // 2) for _ in range(n)]
    cases.append(_checked("100000 values with many duplicates", nums))
    nums = [rng.randint(-limit, limit) for _ in range(n)]
    cases.append(_checked("100000 scattered values", nums))
    base = rng.randint(-limit, limit - 3 * n)
    nums = list(range(base, base + 3 * n, 3))[: n // 2]
    nums += list(range(base + 1, base + 1 + n // 2))
    rng.shuffle(nums)
    cases.append(_checked("a long run among spaced values", nums))
    return cases
