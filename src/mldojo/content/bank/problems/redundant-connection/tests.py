import random

from mldojo.content.testing import case


def _last_removable(edges):
    """Independent oracle for small graphs: drop each edge, last first, and test for a tree."""
    n = len(edges)
    for skip in range(n - 1, -1, -1):
        graph = {v: [] for v in range(1, n + 1)}
        for i, (a, b) in enumerate(edges):
            if i != skip:
                graph[a].append(b)
                graph[b].append(a)
        seen, stack = {1}, [1]
        while stack:
            for nxt in graph[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        if len(seen) == n:
            return list(edges[skip])
    raise ValueError("no removable edge")


def _checked(name, edges):
    return case(name, edges, expected=_last_removable(edges))


def _random_graph(rng, n):
    """A random tree on 1..n with one extra edge, edges shuffled, each written [small, large]."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = {tuple(sorted((order[i], order[rng.randrange(i)]))) for i in range(1, n)}
    while True:
        a, b = sorted(rng.sample(range(1, n + 1), 2))
        if (a, b) not in edges:
            break
    listed = [list(e) for e in edges] + [[a, b]]
    rng.shuffle(listed)
    return listed


def public():
    return [
        case("example 1", [[1, 2], [2, 3], [3, 4], [2, 4]], expected=[2, 4]),
        case("example 2", [[1, 3], [3, 4], [1, 4], [2, 4]], expected=[1, 4]),
        case("example 3", [[2, 3], [1, 3], [1, 2]], expected=[1, 2]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("triangle in order", [[1, 2], [2, 3], [1, 3]], expected=[1, 3]),
        case("cycle closed early, tail after", [[1, 2], [2, 3], [1, 3], [3, 4], [4, 5]],
             expected=[1, 3]),
        case("tail hangs off a cycle node", [[1, 2], [2, 3], [3, 4], [1, 4], [4, 5]],
             expected=[1, 4]),
        _checked("every node on the cycle", [[1, 2], [2, 3], [3, 4], [4, 5], [1, 5]]),
        _checked("degree 2 ends off the cycle", [[1, 2], [1, 3], [2, 3], [3, 4], [4, 5], [5, 6]]),
        _checked("cycle edges spread out", [[2, 5], [1, 2], [3, 6], [5, 6], [4, 6], [1, 3]]),
    ]
    for k in range(12):
        cases.append(_checked(f"random {k + 1}", _random_graph(rng, rng.randint(3, 30))))
    n = 100_000
    cases.append(case("100000 random", _random_graph(rng, n)))
    star = [[1, 2], [1, 3], [2, 3]] + [[1, v] for v in range(4, n + 1)]
    cases.append(case("star with the cycle first", star, expected=[2, 3]))
    reversed_star = [[1, v] for v in range(n, 3, -1)] + [[1, 3], [1, 2], [2, 3]]
    cases.append(case("star with the cycle last", reversed_star, expected=[2, 3]))
    path = [[v, v + 1] for v in range(1, n)] + [[1, n]]
    cases.append(case("path closed into a ring", path, expected=[1, n]))
    return cases
