import random

from mldojo.content.testing import case


def _by_simulation(grid):
    """Independent oracle for small grids: rot everything next to a rotten orange, minute by minute."""
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    minutes = 0
    while True:
        turning = [
            (r, c)
            for r in range(rows)
            for c in range(cols)
            if state[r][c] == 1
            and any(0 <= r + dr < rows and 0 <= c + dc < cols and state[r + dr][c + dc] == 2
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        ]
        if not turning:
            break
        for r, c in turning:
            state[r][c] = 2
        minutes += 1
    return -1 if any(1 in row for row in state) else minutes


def _checked(name, grid):
    return case(name, grid, expected=_by_simulation(grid))


def _random_grid(rng, rows, cols, weights):
    return [rng.choices([0, 1, 2], weights=weights, k=cols) for _ in range(rows)]


def _snake(size):
    """Fresh oranges along one winding path, rotten at its start: the rot needs about size²/2 minutes."""
    grid = [[0] * size for _ in range(size)]
    for r in range(size):
        if r % 2 == 0:
            grid[r] = [1] * size
        else:
            grid[r][size - 1 if r % 4 == 1 else 0] = 1
    grid[0][0] = 2
    return grid


def public():
    return [
        case("example 1", [[2, 1, 1], [0, 1, 0], [1, 1, 2]], expected=2),
        case("example 2", [[2, 0, 1]], expected=-1),
        case("example 3", [[0, 2]], expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one empty cell", [[0]], expected=0),
        case("one fresh orange", [[1]], expected=-1),
        case("one rotten orange", [[2]], expected=0),
        case("fresh and no rotten", [[1, 1], [1, 1]], expected=-1),
        case("all rotten", [[2, 2], [2, 2]], expected=0),
        case("diagonal does not spread", [[2, 0], [0, 1]], expected=-1),
        case("single row", [[1, 1, 2, 1, 1, 1]], expected=3),
        case("single column", [[2], [1], [1], [0], [2], [1]], expected=2),
        _checked("two sources meet in the middle", [[2, 1, 1, 1, 1, 1, 2]]),
        _checked("cut-off orange in a corner", [[2, 1, 1], [1, 1, 0], [0, 0, 1]]),
        _checked("far source is slower", [[1, 1, 1, 1, 2], [1, 0, 0, 0, 0], [2, 0, 0, 0, 0]]),
    ]
    for k in range(12):
        rows, cols = rng.randint(1, 12), rng.randint(1, 12)
        weights = [(1, 6, 1), (2, 5, 1), (1, 8, 1)][k % 3]
        cases.append(_checked(f"random {k + 1}", _random_grid(rng, rows, cols, weights)))
    big = _random_grid(rng, 300, 300, (1, 12, 1))
    cases.append(case("300x300 random", big))
    full = [[1] * 300 for _ in range(300)]
    full[299][299] = 2
    cases.append(case("300x300 fresh, rotten in a corner", full, expected=598))
    cases.append(case("299x299 winding path", _snake(299)))
    blocked = _snake(299)
    blocked[298][297] = 0
    cases.append(case("299x299 winding path, its last row cut off", blocked, expected=-1))
    return cases
