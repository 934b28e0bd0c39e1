import random
from itertools import combinations

from mldojo.content.testing import case


def _fewest_removals(intervals):
    """Independent oracle for tiny inputs: try every subset, largest first."""
    n = len(intervals)
    for size in range(n, 0, -1):
        for chosen in combinations(sorted(intervals), size):
            if all(chosen[i][1] <= chosen[i + 1][0] for i in range(size - 1)):
                return n - size
    return n


def _checked(name, intervals):
    return case(name, intervals, expected=_fewest_removals(intervals))


def _random_intervals(rng, n, span, longest):
    result = []
    for _ in range(n):
        start = rng.randint(-span, span - 1)
        result.append([start, min(span, start + rng.randint(1, longest))])
    return result


def public():
    return [
        case("example 1", [[1, 3], [2, 4], [3, 5]], expected=1),
        case("example 2", [[0, 5], [1, 2], [2, 3], [3, 4]], expected=1),
        case("example 3", [[1, 2], [1, 2], [1, 2]], expected=2),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single interval", [[-4, 7]], expected=0),
        case("disjoint, unsorted", [[5, 6], [1, 2], [3, 4]], expected=0),
        case("touching chain", [[3, 4], [1, 2], [2, 3], [4, 5]], expected=0),
        _checked("nested", [[1, 10], [2, 9], [3, 8], [4, 7]]),
        _checked("long interval first", [[1, 100], [2, 3], [4, 5], [6, 7], [8, 9]]),
        _checked("same start, different ends", [[1, 4], [1, 2], [1, 3], [2, 4]]),
        _checked("same end, different starts", [[1, 5], [2, 5], [3, 5], [5, 6]]),
        _checked("negative coordinates", [[-10, -5], [-6, -1], [-1, 0], [-1000000, 1000000]]),
    ]
    for k in range(12):
        n = rng.randint(1, 11)
        cases.append(_checked(f"random {k + 1}", _random_intervals(rng, n, 30, [3, 10, 40][k % 3])))
    n = 100_000
    cases.append(case("100000 random intervals", _random_intervals(rng, n, 10**6, 50)))
    cases.append(case("100000 long random intervals", _random_intervals(rng, n, 10**6, 10**5)))
    cases.append(case("100000 nested intervals", [[-i, i + 1] for i in range(n)], expected=n - 1))
    chain = [[2 * i, 2 * i + 2] for i in range(n // 2)] + [[2 * i + 1, 2 * i + 3]
                                                          for i in range(n // 2)]
    rng.shuffle(chain)
    cases.append(case("100000 overlapping chain", chain, expected=n // 2))
    return cases
