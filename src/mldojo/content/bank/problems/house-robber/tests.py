import random
from itertools import combinations

from mldojo.content.testing import case


def _best_by_search(nums):
    """Independent oracle for short streets: try every set of pairwise non-adjacent houses."""
    n = len(nums)
    best = 0
    for size in range(n // 2 + 2):
        for chosen in combinations(range(n), size):
            if all(b - a > 1 for a, b in zip(chosen, chosen[1:])):
                best = max(best, sum(nums[i] for i in chosen))
    return best


def _checked(name, nums):
    return case(name, nums, expected=_best_by_search(nums))


def public():
    return [
        case("example 1", [3, 10, 4, 1], expected=11),
        case("example 2", [6, 1, 2, 7], expected=13),
        case("example 3", [8], expected=8),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single empty house", [0], expected=0),
        case("two houses, second richer", [1, 9], expected=9),
        case("two houses, first richer", [9, 1], expected=9),
        case("all zeros", [0, 0, 0, 0, 0], expected=0),
        _checked("skip two in a row", [2, 1, 1, 2]),
        _checked("skip two in a row twice", [5, 1, 1, 5, 1, 1, 5]),
        _checked("rich pair in the middle", [1, 2, 9, 9, 2, 1]),
        _checked("increasing", [1, 2, 3, 4, 5, 6, 7]),
        _checked("largest values", [10_000] * 9),
    ]
    for k in range(10):
        nums = [rng.randint(0, rng.choice([5, 100, 10_000])) for _ in range(rng.randint(1, 16))]
        cases.append(_checked(f"random {k + 1}", nums))
    cases.append(case("40 houses", [rng.randint(0, 10_000) for _ in range(40)]))
    cases.append(case("100000 random houses", [rng.randint(0, 10_000) for _ in range(100_000)]))
    # Pairs of rich houses separated by two poor ones: alternating picks lose on every block.
    block = [1, 1, 10_000, 10_000]
    cases.append(case("100000 houses in blocks of four", block * 25_000))
    return cases
