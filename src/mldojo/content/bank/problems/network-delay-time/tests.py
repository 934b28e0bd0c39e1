import random

from mldojo.content.testing import case


def _bellman_ford(times, n, k):
    """Independent oracle for small graphs: Bellman-Ford until nothing changes."""
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    changed = True
    while changed:
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
    latest = max(dist[1:])
    return -1 if latest == inf else latest


def _checked(name, times, n, k):
    return case(name, times, n, k, expected=_bellman_ford(times, n, k))


def _random_graph(rng, n, edges, high, k, reachable=True):
    """Distinct one-way links with u != v; when reachable, a random tree from k reaches every node."""
    pairs = set()
    times = []
    if reachable:
        order = [v for v in range(1, n + 1) if v != k]
        rng.shuffle(order)
        placed = [k]
        for v in order:
            u = rng.choice(placed)
            pairs.add((u, v))
            times.append([u, v, rng.randint(0, high)])
            placed.append(v)
    edges = min(edges, n * (n - 1))
    while len(times) < edges:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v and (u, v) not in pairs:
            pairs.add((u, v))
            times.append([u, v, rng.randint(0, high)])
    rng.shuffle(times)
    return times


def public():
    return [
        case("example 1", [[1, 2, 4], [1, 3, 1], [3, 2, 2]], 3, 1, expected=3),
        case("example 2", [[1, 2, 5]], 2, 2, expected=-1),
        case("example 3", [[2, 1, 0], [2, 3, 7]], 3, 2, expected=7),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one node, no links", [], 1, 1, expected=0),
        case("two nodes, no links", [], 2, 1, expected=-1),
        case("source has no outgoing link", [[2, 1, 3], [3, 1, 3]], 3, 1, expected=-1),
        case("all delays zero", [[1, 2, 0], [2, 3, 0], [1, 3, 0]], 3, 1, expected=0),
        _checked("longer route is faster", [[1, 4, 100], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 1),
        _checked("fast route found late by hops", [[1, 2, 10], [1, 3, 1], [3, 4, 1], [4, 2, 1],
                                                  [2, 5, 1]], 5, 1),
        _checked("source in the middle", [[3, 1, 2], [3, 5, 9], [1, 2, 4], [5, 4, 1]], 5, 3),
        _checked("cycle back to the source", [[1, 2, 1], [2, 3, 1], [3, 1, 1]], 3, 2),
        _checked("reachable only against a link", [[1, 2, 1], [3, 2, 1]], 3, 1),
    ]
    for index in range(12):
        n = rng.randint(1, 25)
        k = rng.randint(1, n)
        times = _random_graph(rng, n, rng.randint(0, 3 * n), [0, 5, 100][index % 3], k,
                              reachable=index % 4 != 0)
        cases.append(_checked(f"random {index + 1}", times, n, k))
    k = 37
    times = _random_graph(rng, 100, 100 * 99, 100, k)
    cases.append(_checked("every link of 100 nodes", times, 100, k))

    n = 20_000
    k = rng.randint(1, n)
    cases.append(case("20000 nodes, 100000 random links", _random_graph(rng, n, 100_000, 100, k),
                      n, k))
    times = _random_graph(rng, n, 100_000, 100, 1)
    cases.append(case("20000 nodes, one node unreachable",
                      [t for t in times if t[1] != n and t[0] != n] + [[n, 1, 1]], n, 1))
    # A path 1 -> 2 -> ... -> n listed backwards, plus links back along the path that never help:
    # Bellman-Ford advances one node per round, n rounds over 10^5 links.
    pairs = set()
    back = []
    while len(back) < 100_000 - (n - 1):
        u, v = rng.randint(2, n), rng.randint(1, n - 1)
        if v < u and (u, v) not in pairs:
            pairs.add((u, v))
            back.append([u, v, 100])
    path = [[v, v + 1, 1] for v in range(n - 1, 0, -1)]
    times = []
    for i, link in enumerate(path):
        times.append(link)
        times += back[4 * i: 4 * i + 4]
    times += back[4 * len(path):]
    cases.append(case("a long path listed backwards", times, n, 1, expected=n - 1))
    return cases
