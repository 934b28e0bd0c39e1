import random

from mldojo.content.testing import case


def _median(nums1, nums2):
    """Independent oracle: sort everything and take the middle."""
    merged = sorted(nums1 + nums2)
    mid = len(merged) // 2
    if len(merged) % 2:
        return float(merged[mid])
    return (merged[mid - 1] + merged[mid]) / 2


def _checked(name, nums1, nums2):
    return case(name, nums1, nums2, expected=_median(nums1, nums2))


def _sorted_values(rng, n, low=-(10**6), high=10**6):
    return sorted(rng.randint(low, high) for _ in range(n))


def public():
    return [
        case("example 1", [1, 4], [2, 7, 9], expected=4.0),
        case("example 2", [1, 2], [3, 4], expected=2.5),
        case("example 3", [], [5], expected=5.0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("first array empty, even", [], [2, 3]),
        _checked("second array empty, odd", [1, 8, 9], []),
        _checked("one value each", [3], [1]),
        _checked("all of nums1 before nums2", [1, 2, 3], [10, 11, 12, 13]),
        _checked("all of nums2 before nums1", [10, 11, 12, 13], [1, 2, 3]),
        _checked("negatives only", [-9, -7, -5], [-8, -6]),
        _checked("negatives, shorter array entirely right of the median", [-2, -1], [-9, -8, -7]),
        _checked("duplicates across arrays", [2, 2, 2], [2, 2]),
        _checked("one short array inside a long one", [5], [1, 2, 3, 4, 6, 7, 8, 9]),
        _checked("extremes", [-(10**6), -(10**6)], [10**6 - 1, 10**6]),
        _checked("half-integer median of negatives", [-4], [-3]),
    ]
    for k in range(12):
        m, n = rng.randint(0, 30), rng.randint(0, 30)
        if m + n == 0:
            n = 1
        spread = rng.choice((5, 10**6))
        cases.append(_checked(f"random {k + 1}", _sorted_values(rng, m, -spread, spread),
                              _sorted_values(rng, n, -spread, spread)))
    big = 100_000
    cases.append(_checked("10^5 values each", _sorted_values(rng, big), _sorted_values(rng, big)))
    cases.append(_checked("10^5 values and one", _sorted_values(rng, big), [0]))
    cases.append(_checked("10^5 values, other empty", [], _sorted_values(rng, big - 1)))
    low = _sorted_values(rng, big, -(10**6), -1)
    high = _sorted_values(rng, big - 3, 0, 10**6)
    cases.append(_checked("10^5 each, disjoint ranges", high, low))
    return cases
