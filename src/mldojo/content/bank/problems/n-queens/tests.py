from itertools import permutations

from mldojo.content.testing import case


def _boards(n):
    """Independent oracle: permutations of columns (one per row and column), diagonals checked."""
    found = []
    for columns in permutations(range(n)):
        if (
            len({r + c for r, c in enumerate(columns)}) == n
            and len({r - c for r, c in enumerate(columns)}) == n
        ):
            found.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
    return found


def public():
    return [
        case(
            "example 1",
            4,
            expected=[["..Q.", "Q...", "...Q", ".Q.."], [".Q..", "...Q", "Q...", "..Q."]],
        ),
        case("example 2", 2, expected=[]),
        case("example 3", 1, expected=[["Q"]]),
    ]


def hidden(seed):
    del seed  # the inputs are the board sizes themselves
    return [case(f"n = {n}", n, expected=_boards(n)) for n in range(3, 10)]
