import random

from mldojo.content.testing import case


def _merged_by_painting(intervals):
    """Independent oracle for small coordinates: paint the doubled coordinates, read off runs.

    Doubling keeps [1, 2] and [3, 4] apart (2..4 and 6..8 leave 5 unpainted) while [1, 2] and
    [2, 3] share the painted point 4.
    """
    top = 2 * max(end for _, end in intervals)
    painted = [False] * (top + 2)
    for start, end in intervals:
        for x in range(2 * start, 2 * end + 1):
            painted[x] = True
    runs, x = [], 0
    while x <= top:
        if painted[x]:
            first = x
            while painted[x + 1]:
                x += 1
            runs.append([first // 2, x // 2])
        x += 1
    return runs


def public():
    return [
        case("example 1", [[8, 10], [1, 3], [2, 6]], expected=[[1, 6], [8, 10]]),
        case("example 2", [[5, 7], [7, 9]], expected=[[5, 9]]),
        case("example 3", [[1, 10], [2, 3], [4, 5]], expected=[[1, 10]]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single interval", [[3, 8]], expected=[[3, 8]]),
        case("single point", [[0, 0]], expected=[[0, 0]]),
        case("adjacent but not touching", [[1, 2], [3, 4]], expected=[[1, 2], [3, 4]]),
        case("points touching an interval", [[4, 4], [1, 4], [6, 6], [6, 9]],
             expected=[[1, 4], [6, 9]]),
        case("identical intervals", [[2, 5], [2, 5], [2, 5]], expected=[[2, 5]]),
        case("same start, different ends", [[1, 9], [1, 2], [1, 5]], expected=[[1, 9]]),
        case("contained, then one past the container", [[1, 10], [2, 3], [11, 12]],
             expected=[[1, 10], [11, 12]]),
        case("contained, then overlapping the container", [[1, 10], [2, 3], [9, 12]],
             expected=[[1, 12]]),
        case("reverse order chain", [[6, 8], [4, 6], [2, 4], [0, 2]], expected=[[0, 8]]),
        case("late interval bridges two groups", [[1, 3], [7, 9], [3, 7]], expected=[[1, 9]]),
        case("extreme values", [[0, 10**9], [10**9, 10**9], [5, 6]], expected=[[0, 10**9]]),
    ]
    for k in range(12):
        n = rng.randint(1, 25)
        top = rng.choice([10, 40, 200])
        intervals = []
        for _ in range(n):
            start = rng.randint(0, top)
            intervals.append([start, min(top, start + rng.randint(0, top // 5))])
        cases.append(case(f"random {k + 1}", intervals,
                          expected=_merged_by_painting(intervals)))
    n = 100_000
    disjoint = [[3 * i, 3 * i + 1] for i in range(n)]
    rng.shuffle(disjoint)
    cases.append(case("100000 disjoint intervals, shuffled", disjoint))
    touching = [[2 * i, 2 * i + 2] for i in range(n)]
    rng.shuffle(touching)
    cases.append(case("100000 touching intervals, shuffled", touching, expected=[[0, 2 * n]]))
    mixed = []
    for _ in range(n):
        start = rng.randint(0, 10**9 - 20_000)
        mixed.append([start, start + rng.randint(0, 20_000)])
    cases.append(case("100000 random intervals", mixed))
    return cases
