import random

from mldojo.content.testing import case

TOP = 10**7


def _answers(intervals, queries):
    """Independent oracle for small inputs: check every interval for every query."""
    result = []
    for q in queries:
        sizes = [hi - lo + 1 for lo, hi in intervals if lo <= q <= hi]
        result.append(min(sizes) if sizes else -1)
    return result


def _checked(name, intervals, queries):
    return case(name, intervals, queries, expected=_answers(intervals, queries))


def _random_intervals(rng, count, top, longest):
    intervals = []
    for _ in range(count):
        left = rng.randint(1, top)
        intervals.append([left, min(top, left + rng.randint(0, longest))])
    return intervals


def public():
    return [
        case("example 1", [[2, 6], [4, 5], [8, 8]], [5, 3, 8, 7], expected=[2, 5, 1, -1]),
        case("example 2", [[1, 10]], [10, 1, 11], expected=[10, 10, -1]),
        case("example 3", [[3, 7], [5, 9]], [6, 6], expected=[5, 5]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one point interval, hit", [[5, 5]], [5]),
        _checked("one point interval, missed on both sides", [[5, 5]], [4, 6]),
        _checked("queries in decreasing order", [[1, 3], [2, 9], [7, 8]], [9, 8, 3, 1]),
        _checked("small interval ended before the query", [[1, 2], [1, 100]], [1, 50]),
        _checked("nested intervals", [[1, 20], [5, 15], [9, 11], [10, 10]], [10, 9, 5, 1, 20]),
        _checked("duplicate intervals", [[4, 8], [4, 8], [4, 8]], [4, 8, 9]),
        _checked("touching intervals", [[1, 4], [4, 6], [6, 9]], [4, 6, 5, 1]),
        _checked("largest values", [[1, TOP], [TOP, TOP]], [TOP, 1, TOP - 1]),
        _checked("no interval covers anything", [[10, 20]], [1, 9, 21, TOP]),
    ]
    for k in range(16):
        top = rng.choice((20, 100, TOP))
        intervals = _random_intervals(rng, rng.randint(1, 30), top, rng.choice((3, top)))
        queries = [rng.randint(1, top) for _ in range(rng.randint(1, 30))]
        cases.append(_checked(f"random {k + 1}", intervals, queries))
    n = 40_000
    intervals = _random_intervals(rng, n, TOP, 2_000)
    queries = [rng.randint(1, TOP) for _ in range(n)]
    cases.append(case("40000 short intervals and queries", intervals, queries))
    intervals = _random_intervals(rng, n, TOP, TOP)
    queries = [rng.randint(1, TOP) for _ in range(n)]
    cases.append(case("40000 long intervals and queries", intervals, queries))
    return cases
