import random

from mldojo.content.testing import case


def _rotated(matrix):
    """Independent oracle: the rows of the rotated matrix are the columns read bottom to top."""
    return [list(column) for column in zip(*matrix[::-1])]


def check(args, expected, actual):
    """Compare cell by cell, and name the usual mistakes when the whole matrix matches one."""
    original = args[0]
    n = len(expected)
    if not isinstance(actual, list | tuple) or len(actual) != n or any(
        not isinstance(row, list | tuple) or len(row) != n for row in actual
    ):
        return f"after the call, matrix is no longer {n} rows of {n} values"
    actual = [list(row) for row in actual]
    if actual == expected:
        return None
    if actual == original:
        return (
            "the matrix is unchanged: assigning a new matrix to the name `matrix` does not modify "
            "the caller's list; change its rows in place (or assign to matrix[:])"
        )
    if actual == [list(column) for column in zip(*original)][::-1]:
        return "that is a counter-clockwise turn: after transposing, reverse each row, not the row order"
    if actual == [list(column) for column in zip(*original)]:
        return "the matrix is transposed but not mirrored: reverse each row as well"
    if actual == [row[::-1] for row in original]:
        return (
            "each row is mirrored but the transpose is missing: swapping both (r, c) and (c, r) "
            "swaps every pair back; swap only the pairs with c > r"
        )
    for r in range(n):
        for c in range(n):
            if actual[r][c] != expected[r][c]:
                return f"matrix[{r}][{c}] is {actual[r][c]!r} but expected {expected[r][c]!r}"
    return "the matrix differs from the expected one"


def _checked(name, matrix):
    return case(name, matrix, expected=_rotated(matrix))


def _random_matrix(rng, n, high=1000):
    return [[rng.randint(-high, high) for _ in range(n)] for _ in range(n)]


def public():
    return [
        case("example 1", [[1, 2], [3, 4]], expected=[[3, 1], [4, 2]]),
        case("example 2", [[0, 1, 2], [3, 4, 5], [6, 7, 8]], expected=[[6, 3, 0], [7, 4, 1], [8, 5, 2]]),
        case("example 3", [[5]], expected=[[5]]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("4 by 4, two rings", [[r * 4 + c for c in range(4)] for r in range(4)]),
        _checked("5 by 5, odd size", [[r * 5 + c for c in range(5)] for r in range(5)]),
        _checked("symmetric matrix", [[1, 2, 3], [2, 4, 5], [3, 5, 6]]),
        _checked("extreme values", [[-1000, 1000], [1000, -1000]]),
        _checked("all equal but one", [[0, 0, 0], [0, 0, 0], [0, 0, 7]]),
    ]
    for k in range(10):
        cases.append(_checked(f"random {k + 1}", _random_matrix(rng, rng.randint(1, 12))))
    cases.append(_checked("299 by 299", _random_matrix(rng, 299)))
    cases.append(_checked("300 by 300", _random_matrix(rng, 300)))
    return cases
