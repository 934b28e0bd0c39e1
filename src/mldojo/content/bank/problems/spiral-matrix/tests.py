import random

from mldojo.content.testing import case


def _by_peeling(matrix):
    """Independent oracle: take the top row, turn the rest a quarter counter-clockwise, repeat."""
    rows = [list(row) for row in matrix]
    order = []
    while rows:
        order.extend(rows.pop(0))
        rows = [list(row) for row in zip(*rows)][::-1]
    return order


def _checked(name, matrix):
    return case(name, matrix, expected=_by_peeling(matrix))


def _numbered(m, n):
    return [[r * n + c + 1 for c in range(n)] for r in range(m)]


def public():
    return [
        case("example 1", [[1, 2], [3, 4]], expected=[1, 2, 4, 3]),
        case("example 2", [[1, 2, 3, 4], [5, 6, 7, 8]], expected=[1, 2, 3, 4, 8, 7, 6, 5]),
        case("example 3", [[7], [8], [9]], expected=[7, 8, 9]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one element", [[-5]], expected=[-5]),
        case("one row", [[3, 1, 2]], expected=[3, 1, 2]),
        _checked("3x3", _numbered(3, 3)),
        _checked("3x4, a middle row is left", _numbered(3, 4)),
        _checked("4x3, a middle column is left", _numbered(4, 3)),
        _checked("5x2", _numbered(5, 2)),
        _checked("2x5", _numbered(2, 5)),
        _checked("4x4", _numbered(4, 4)),
        _checked("zeros inside", [[1, 2, 3], [0, 0, 4], [7, 6, 5]]),
        _checked("all zeros", [[0, 0, 0], [0, 0, 0]]),
        _checked("repeated values", [[2, 2, 2, 2], [2, 1, 1, 2], [2, 2, 2, 2]]),
    ]
    for k in range(12):
        m, n = rng.randint(1, 9), rng.randint(1, 9)
        high = [1, 10_000][k % 2]
        cases.append(_checked(f"random {k + 1}",
                              [[rng.randint(-high, high) for _ in range(n)] for _ in range(m)]))
    cases.append(_checked("100x100", [[rng.randint(-10_000, 10_000) for _ in range(100)]
                                      for _ in range(100)]))
    cases.append(_checked("100x37", [[rng.randint(-10_000, 10_000) for _ in range(37)]
                                     for _ in range(100)]))
    cases.append(_checked("1x100", [list(range(100, 0, -1))]))
    cases.append(_checked("100x1", [[v] for v in range(100)]))
    return cases
