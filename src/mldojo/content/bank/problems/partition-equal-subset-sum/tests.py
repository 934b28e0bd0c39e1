import random

from mldojo.content.testing import case


def _by_subset_sums(nums):
    """Independent oracle for short lists: the set of sums of every subset, built element by element."""
    total = sum(nums)
    if total % 2:
        return False
    sums = {0}
    for value in nums:
        sums |= {s + value for s in sums}
    return total // 2 in sums


def _checked(name, nums):
    return case(name, nums, expected=_by_subset_sums(nums))


def public():
    return [
        case("example 1", [4, 1, 6, 3], expected=True),
        case("example 2", [2, 3, 4], expected=False),
        case("example 3", [10, 2, 3, 3], expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single number", [7], expected=False),
        case("two equal numbers", [5, 5], expected=True),
        case("two different numbers", [5, 6], expected=False),
        case("odd total, half rounded down is reachable", [1, 2], expected=False),
        case("odd total, many numbers", [1, 1, 1, 4, 6], expected=False),
        case("reusing a number would help", [2, 6], expected=False),
        case("reusing a number would help, longer", [1, 3, 8], expected=False),
        case("greedy splits badly", [3, 3, 2, 2, 2], expected=True),
        _checked("greedy splits badly, larger", [7, 6, 5, 4, 4, 3, 3]),
        _checked("one big number against many ones", [100] + [1] * 100),
        _checked("one big number against too few ones", [100] + [1] * 98),
    ]
    for k in range(12):
        nums = [rng.randint(1, rng.choice([5, 20, 100])) for _ in range(rng.randint(1, 18))]
        cases.append(_checked(f"random {k + 1}", nums))
    cases.append(case("200 numbers, all even, odd half", [100] * 199 + [98], expected=False))
    cases.append(case("200 numbers, reachable at the last", [100] * 198 + [99, 99], expected=True))
    nums = [rng.randint(1, 100) for _ in range(200)]
    cases.append(case("200 random numbers", nums))
    nums = [2 * rng.randint(1, 50) for _ in range(199)] + [rng.choice([50, 100])]
    cases.append(case("200 random even numbers", nums))
    return cases
