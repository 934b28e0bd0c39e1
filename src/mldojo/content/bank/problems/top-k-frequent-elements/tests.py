import random

from mldojo.content.testing import case


def _top_k(nums, k):
    """Oracle: sort the distinct values by count; also check the answer is unique."""
    counts = {}
    for value in nums:
        counts[value] = counts.get(value, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    assert k == len(ranked) or ranked[k - 1][1] > ranked[k][1], "the top k is not unique"
    return sorted(value for value, _ in ranked[:k])


def _planted(rng, distinct, k, low, high, spread=10**4):
    """nums whose top k values (counts above `high`) are unique; the rest occur low..high times."""
    spread = max(spread, distinct)
    values = rng.sample(range(-spread, spread + 1), distinct)
    nums = []
    for index, value in enumerate(values):
        if index < k:
            count = rng.randint(high + 1, high + 1 + (high - low) + 2)
        else:
            count = rng.randint(low, high)
        nums += [value] * count
    rng.shuffle(nums)
    return nums


def public():
    return [
        case("example 1", [4, 1, 4, 2, 4, 2], 2, expected=[4, 2]),
        case("example 2", [-3], 1, expected=[-3]),
        case("example 3", [7, 8, 9, 8], 3, expected=[8, 7, 9]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    fixed = [
        ("one value repeated", [5, 5, 5], 1),
        ("two values, take one", [1, 2, 2], 1),
        ("take every distinct value", [3, 1, 2, 1, 3, 3], 3),
        ("negatives and zero", [0, -1, -1, 0, -1, 9], 2),
        ("extreme values", [10**4, -(10**4), 10**4], 1),
        ("ties below the cut", [6, 6, 6, 1, 1, 2, 2, 3, 3], 1),
        ("most frequent value appears last", [1, 2, 3, 4, 9, 9], 1),
    ]
    cases = [case(name, nums, k, expected=_top_k(nums, k)) for name, nums, k in fixed]
    for index in range(12):
        distinct = rng.randint(1, 30)
        k = rng.randint(1, distinct)
        nums = _planted(rng, distinct, k, 1, rng.randint(1, 6), spread=rng.choice([5, 50, 10**4]))
        cases.append(case(f"random {index + 1}", nums, k, expected=_top_k(nums, k)))
    nums = [-(10**4)] * 100_000
    cases.append(case("100000 copies of one value", nums, 1, expected=[-(10**4)]))
    nums = _planted(rng, 20_001, 100, 2, 7)
    assert len(nums) <= 100_000
    cases.append(case("about 20000 distinct values", nums, 100, expected=_top_k(nums, 100)))
    nums = _planted(rng, 2_000, 1_500, 10, 20)
    cases.append(case("large k", nums, 1_500, expected=_top_k(nums, 1_500)))
    return cases
