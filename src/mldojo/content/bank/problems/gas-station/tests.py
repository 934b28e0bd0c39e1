import random

from mldojo.content.testing import case


def _valid_starts(gas, cost):
    """Independent oracle for short roads: every start from which the trip never runs dry."""
    n = len(gas)
    starts = []
    for start in range(n):
        tank = 0
        for step in range(n):
            i = (start + step) % n
            tank += gas[i] - cost[i]
            if tank < 0:
                break
        else:
            starts.append(start)
    return starts


def _random_unique(rng, n, high):
    """Random stations with at most one valid start (the task promises uniqueness)."""
    while True:
        gas = [rng.randint(0, high) for _ in range(n)]
        cost = [rng.randint(0, high) for _ in range(n)]
        starts = _valid_starts(gas, cost)
        if len(starts) <= 1:
            return gas, cost, starts[0] if starts else -1


def _balanced(rng, n):
    """Large stations whose surpluses sum to 0 with one strict minimum of the running total.

    With a zero total, the only valid start is just after the unique lowest point of the running
    sum of gas[i] - cost[i].
    """
    while True:
        surplus = [rng.randint(-5_000, 5_000) for _ in range(n - 1)]
        surplus.append(-sum(surplus))
        if abs(surplus[-1]) > 10_000:
            continue
        running, lowest, where, ties = 0, None, 0, 0
        for i, value in enumerate(surplus):
            running += value
            if lowest is None or running < lowest:
                lowest, where, ties = running, i, 0
            elif running == lowest:
                ties += 1
        if ties == 0:
            break
    gas, cost = [], []
    for value in surplus:
        base = rng.randint(0, 10_000 - abs(value))
        gas.append(base + max(value, 0))
        cost.append(base + max(-value, 0))
    return gas, cost, (where + 1) % n


def public():
    return [
        case("example 1", [3, 1, 5, 2], [2, 4, 1, 4], expected=2),
        case("example 2", [1, 2], [2, 2], expected=-1),
        case("example 3", [4], [4], expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one station, not enough", [3], [4], expected=-1),
        case("one empty station", [0], [0], expected=0),
        case("start at the last station", [1, 1, 5], [2, 2, 1], expected=2),
        case("candidate found but total too low", [2, 0, 1], [1, 3, 1], expected=-1),
        case("restart must skip the failed station", [2, 0, 3], [1, 2, 1], expected=2),
        case("largest surplus is not the start", [3, 0, 2, 0, 2], [0, 4, 0, 3, 0], expected=4),
        case("stranded just before returning", [2, 2, 2], [2, 2, 3], expected=-1),
    ]
    for k in range(12):
        gas, cost, start = _random_unique(rng, rng.randint(1, 12), [3, 10, 10_000][k % 3])
        cases.append(case(f"random {k + 1}", gas, cost, expected=start))
    n = 100_000
    for k in range(2):
        gas, cost, start = _balanced(rng, n)
        cases.append(case(f"100000 stations, balanced {k + 1}", gas, cost, expected=start))
    gas, cost = [1] * n, [1] * n
    gas[-1], cost[-2] = 2, 2
    cases.append(case("100000 stations, every other start fails late", gas, cost, expected=n - 1))
    gas, cost = [10_000] * n, [10_000] * n
    gas[0] = 9_999
    cases.append(case("100000 stations, one unit short", gas, cost, expected=-1))
    return cases
