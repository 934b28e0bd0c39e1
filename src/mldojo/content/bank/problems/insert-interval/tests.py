import random

from mldojo.content.testing import case


def _by_sort_and_merge(intervals, new):
    """Independent oracle: sort everything together, then merge runs that share a point."""
    merged = []
    for a, b in sorted([list(iv) for iv in intervals] + [list(new)]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _checked(name, intervals, new):
    return case(name, intervals, new, expected=_by_sort_and_merge(intervals, new))


def _disjoint(rng, n, high, points=False):
    """n sorted intervals in [0, high] that share no point; some are single points when asked."""
    cuts = sorted(rng.sample(range(high + 1), 2 * n))
    intervals = []
    for i in range(n):
        a, b = cuts[2 * i], cuts[2 * i + 1]
        intervals.append([a, a] if points and rng.random() < 0.3 else [a, b])
    return intervals


def _new_interval(rng, high):
    a = rng.randint(0, high)
    return [a, min(high, a + rng.randint(0, high // 3))]


def public():
    return [
        case("example 1", [[1, 2], [5, 7], [9, 12]], [6, 10], expected=[[1, 2], [5, 12]]),
        case("example 2", [[3, 4], [8, 9]], [5, 6], expected=[[3, 4], [5, 6], [8, 9]]),
        case("example 3", [[1, 3]], [3, 5], expected=[[1, 5]]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("empty list", [], [4, 8], expected=[[4, 8]]),
        case("goes first", [[5, 6], [8, 9]], [1, 2], expected=[[1, 2], [5, 6], [8, 9]]),
        case("goes last", [[1, 2], [4, 5]], [7, 9], expected=[[1, 2], [4, 5], [7, 9]]),
        case("touches the last on its right", [[1, 2], [4, 5]], [5, 9], expected=[[1, 2], [4, 9]]),
        case("touches the first on its left", [[3, 4], [7, 8]], [0, 3], expected=[[0, 4], [7, 8]]),
        case("swallows everything", [[2, 3], [5, 6], [8, 9]], [0, 10], expected=[[0, 10]]),
        case("inside one interval", [[1, 10]], [3, 4], expected=[[1, 10]]),
        case("bridges a gap", [[1, 2], [3, 4]], [2, 3], expected=[[1, 4]]),
        case("point interval on a point", [[5, 5]], [5, 5], expected=[[5, 5]]),
        case("point interval in a gap", [[1, 2], [6, 7]], [4, 4], expected=[[1, 2], [4, 4], [6, 7]]),
        case("widens at both ends", [[1, 5], [7, 8], [10, 20]], [4, 12], expected=[[1, 20]]),
        case("largest coordinates", [[0, 0], [10**9, 10**9]], [1, 10**9 - 1],
             expected=[[0, 0], [1, 10**9 - 1], [10**9, 10**9]]),
    ]
    for k in range(12):
        high = [20, 100, 10**9][k % 3]
        n = rng.randint(0, min(10, (high + 1) // 2))
        cases.append(_checked(f"random {k + 1}", _disjoint(rng, n, high, points=k % 2 == 1),
                              _new_interval(rng, high)))
    big = _disjoint(rng, 100_000, 10**9)
    cases.append(_checked("100000 intervals, new one in the middle", big, _new_interval(rng, 10**9)))
    cases.append(_checked("100000 intervals, new one at the end", big, [10**9, 10**9]))
    cases.append(_checked("100000 intervals, new one covers them all", big, [0, 10**9]))
    return cases
