import random

from mldojo.content.testing import case


def _has_cycle_by_closure(n, pairs):
    """Independent oracle for small graphs: transitive closure (Floyd–Warshall on booleans)."""
    reach = [[False] * n for _ in range(n)]
    for course, before in pairs:
        reach[before][course] = True
    for k in range(n):
        row_k = reach[k]
        for i in range(n):
            if reach[i][k]:
                row_i = reach[i]
                for j in range(n):
                    if row_k[j]:
                        row_i[j] = True
    return any(reach[i][i] for i in range(n))


def _random_dag(rng, n, edges):
    """Random pairs that respect a hidden random order of the courses (so: no cycle)."""
    order = list(range(n))
    rng.shuffle(order)
    pairs = []
    for _ in range(edges):
        i, j = sorted(rng.sample(range(n), 2))
        pairs.append([order[j], order[i]])  # order[i] comes before order[j]
    return pairs, order


def _chain(rng, n):
    order = list(range(n))
    rng.shuffle(order)
    pairs = [[order[i + 1], order[i]] for i in range(n - 1)]
    rng.shuffle(pairs)
    return pairs, order


def public():
    return [
        case("example 1", 3, [[2, 0], [2, 1], [1, 0]], expected=True),
        case("example 2", 3, [[0, 1], [1, 2], [2, 0]], expected=False),
        case("example 3", 4, [], expected=True),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one course", 1, [], expected=True),
        case("course needs itself", 1, [[0, 0]], expected=False),
        case("two courses need each other", 2, [[0, 1], [1, 0]], expected=False),
        case("repeated pair", 2, [[1, 0], [1, 0]], expected=True),
        case("diamond", 4, [[1, 0], [2, 0], [3, 1], [3, 2]], expected=True),
        case("two paths into one course", 3, [[2, 0], [2, 1]], expected=True),
        case("cycle away from course 0", 5, [[1, 0], [3, 2], [4, 3], [2, 4]], expected=False),
        case("self-loop on the last course", 3, [[1, 0], [2, 1], [2, 2]], expected=False),
        case("finished branch then cycle", 5, [[1, 0], [2, 0], [2, 1], [3, 4], [4, 3]],
             expected=False),
        case("long cycle", 6, [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [0, 5]], expected=False),
    ]
    for k in range(12):
        n = rng.randint(2, 25)
        pairs, order = _random_dag(rng, n, rng.randint(0, 2 * n))
        if k % 2 and pairs:
            course, before = rng.choice(pairs)
            pairs.append([before, course])  # a back edge: a cycle
        rng.shuffle(pairs)
        cases.append(case(f"random {k + 1}", n, pairs,
                          expected=not _has_cycle_by_closure(n, pairs)))
    n = 100_000
    pairs, _ = _chain(rng, n)
    cases.append(case("chain of 100000 courses", n, pairs, expected=True))
    pairs, order = _chain(rng, n)
    pairs.append([order[n // 3], order[2 * n // 3]])  # an early course needs a later one
    cases.append(case("chain of 100000 courses with a cycle in the middle", n, pairs,
                      expected=False))
    pairs, order = _chain(rng, n)
    pairs.append([order[0], order[-1]])
    cases.append(case("100000 courses in one big cycle", n, pairs, expected=False))
    pairs, _ = _random_dag(rng, n, 100_000)
    cases.append(case("random 100000 pairs without a cycle", n, pairs, expected=True))
    return cases
