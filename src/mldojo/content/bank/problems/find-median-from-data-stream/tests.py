import random
import statistics

from mldojo.content.testing import design


def _with_medians(name, calls):
    """Build a design case from ("add", x) / ("find",) calls, with statistics.median as the oracle."""
    operations, arguments, expected = ["MedianFinder"], [[]], [None]
    seen = []
    for call in calls:
        if call[0] == "add":
            seen.append(call[1])
            operations.append("addNum")
            arguments.append([call[1]])
            expected.append(None)
        else:
            operations.append("findMedian")
            arguments.append([])
            expected.append(float(statistics.median(seen)))
    return design(name, operations, arguments, expected=expected)


def _unchecked(name, calls):
    operations, arguments = ["MedianFinder"], [[]]
    for call in calls:
        operations.append("addNum" if call[0] == "add" else "findMedian")
        arguments.append([call[1]] if call[0] == "add" else [])
    return design(name, operations, arguments)


def _interleaved(values):
    calls = []
    for value in values:
        calls.append(("add", value))
        calls.append(("find",))
    return calls


def public():
    return [
        design(
            "example 1",
            ["MedianFinder", "addNum", "findMedian", "addNum", "findMedian", "addNum",
             "findMedian"],
            [[], [5], [], [1], [], [9], []],
            expected=[None, None, 5.0, None, 3.0, None, 5.0],
        ),
        design(
            "example 2",
            ["MedianFinder", "addNum", "addNum", "findMedian"],
            [[], [-4], [-1], []],
            expected=[None, None, None, -2.5],
        ),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _with_medians("one number", [("add", 7), ("find",)]),
        _with_medians("odd pair sum", [("add", 1), ("add", 2), ("find",)]),
        _with_medians("repeated queries", [("add", 3), ("find",), ("find",), ("add", 4),
                                           ("find",), ("find",)]),
        _with_medians("duplicates", _interleaved([2, 2, 2, 1, 3, 2])),
        _with_medians("increasing", _interleaved(range(1, 12))),
        _with_medians("decreasing", _interleaved(range(10, -1, -1))),
        _with_medians("small after large", _interleaved([100, 200, 300, -5, -6, -7, -8])),
        _with_medians("negative pair", _interleaved([-3, -6])),
        _with_medians("extremes", _interleaved([10**5, -(10**5), 10**5, -(10**5), 0])),
        _with_medians("adds first, then a query", [("add", v) for v in [9, 1, 8, 2, 7, 3]]
                      + [("find",)]),
    ]
    for k in range(12):
        high = [3, 50, 10**5][k % 3]
        calls = []
        for _ in range(rng.randint(1, 40)):
            calls.append(("add", rng.randint(-high, high)))
            if rng.random() < 0.6:
                calls.append(("find",))
        calls.append(("find",))
        cases.append(_with_medians(f"random {k + 1}", calls))
    n = 50_000
    cases.append(_unchecked("50000 random adds, each followed by a query",
                            _interleaved([rng.randint(-10**5, 10**5) for _ in range(n)])))
    cases.append(_unchecked("50000 decreasing adds, each followed by a query",
                            _interleaved([10**5 - 4 * i for i in range(n)])))
    calls = [("add", rng.randint(-10**5, 10**5)) for _ in range(n)] + [("find",)] * n
    cases.append(_unchecked("50000 adds, then 50000 queries", calls))
    return cases
