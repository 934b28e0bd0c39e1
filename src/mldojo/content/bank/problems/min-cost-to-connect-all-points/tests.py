import random

from mldojo.content.testing import case


def _kruskal(points):
    """Independent oracle: Kruskal over all pairs with a union-find."""
    n = len(points)
    pairs = sorted(
        (abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
        for i in range(n)
        for j in range(i + 1, n)
    )
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for cost, i, j in pairs:
        a, b = find(i), find(j)
        if a != b:
            parent[a] = b
            total += cost
    return total


def _checked(name, points):
    return case(name, points, expected=_kruskal(points))


def _random_points(rng, n, spread):
    chosen = set()
    while len(chosen) < n:
        chosen.add((rng.randint(-spread, spread), rng.randint(-spread, spread)))
    points = [list(p) for p in chosen]
    rng.shuffle(points)
    return points


def public():
    return [
        case("example 1", [[0, 0], [1, 0], [1, 3]], expected=4),
        case("example 2", [[5, 5]], expected=0),
        case("example 3", [[0, 0], [6, 0], [3, 1], [3, -1]], expected=10),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("two points", [[0, 0], [-3, 4]], expected=7),
        case("extreme corners", [[-(10**6), -(10**6)], [10**6, 10**6]], expected=4 * 10**6),
        case("points on a line, unsorted", [[4, 0], [0, 0], [9, 0], [1, 0]], expected=9),
        _checked("square", [[0, 0], [0, 2], [2, 0], [2, 2]]),
        _checked("nearest-neighbour path backtracks", [[0, 0], [1, 0], [-1, 0], [3, 0], [-4, 0]]),
        _checked("two clusters", [[0, 0], [1, 1], [0, 1], [50, 50], [51, 50], [50, 51]]),
        _checked("Euclidean and Manhattan disagree", [[0, 0], [3, 3], [5, 0], [0, 5]]),
        _checked("plus shape", [[0, 0], [0, 7], [7, 0], [0, -7], [-7, 0]]),
    ]
    for k in range(12):
        spread = [3, 20, 10**6][k % 3]
        n = rng.randint(1, min(40, (2 * spread + 1) ** 2))
        cases.append(_checked(f"random {k + 1}", _random_points(rng, n, spread)))
    cases.append(case("1000 random points", _random_points(rng, 1000, 10**6)))
    cases.append(case("1000 points in a small square", _random_points(rng, 1000, 30)))
    line = [[x, 0] for x in range(-500, 500)]
    rng.shuffle(line)
    cases.append(case("1000 points on a line", line, expected=999))
    return cases
