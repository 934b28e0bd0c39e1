import random

from mldojo.content.testing import case


def _swim(grid):
    """Independent oracle: raise the water one level at a time, growing the reachable region."""
    n = len(grid)
    where = {grid[r][c]: (r, c) for r in range(n) for c in range(n)}
    reached = set()

    def flood(cell, t):
        stack = [cell]
        reached.add(cell)
        while stack:
            r, c = stack.pop()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                inside = 0 <= nr < n and 0 <= nc < n
                if inside and (nr, nc) not in reached and grid[nr][nc] <= t:
                    reached.add((nr, nc))
                    stack.append((nr, nc))

    for t in range(n * n):
        r, c = where[t]
        if t == grid[0][0]:
            flood((0, 0), t)
        elif reached and any(
            (r + dr, c + dc) in reached for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
        ):
            flood((r, c), t)
        if (n - 1, n - 1) in reached:
            return t
    raise AssertionError("the water covers everything at n² - 1")


def _checked(name, grid):
    return case(name, grid, expected=_swim(grid))


def _random_grid(rng, n):
    values = list(range(n * n))
    rng.shuffle(values)
    return [values[r * n : (r + 1) * n] for r in range(n)]


def _snake(n):
    order = []
    for r in range(n):
        order += [(r, c) for c in (range(n) if r % 2 == 0 else range(n - 1, -1, -1))]
    return order


def _corner_trap(n):
    """Low start and end; the end's two neighbours are the highest squares; the rest rises
    along a snake, so an answer near n² forces a search per time step to scan most of the grid."""
    grid = [[0] * n for _ in range(n)]
    corner = {(n - 1, n - 1), (n - 2, n - 1), (n - 1, n - 2)}
    grid[n - 1][n - 1] = 1
    grid[n - 2][n - 1] = n * n - 1
    grid[n - 1][n - 2] = n * n - 2
    value = 2
    for r, c in _snake(n):
        if (r, c) not in corner and (r, c) != (0, 0):
            grid[r][c] = value
            value += 1
    return grid


def public():
    return [
        case("example 1", [[0, 3], [1, 2]], expected=2),
        case("example 2", [[3, 0], [1, 2]], expected=3),
        case("example 3", [[0, 1, 2], [7, 8, 3], [6, 5, 4]], expected=4),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one square", [[0]], expected=0),
        _checked("two by two, end highest", [[0, 1], [2, 3]]),
        _checked(
            "detour beats the short way",
            [[0, 9, 1, 2], [8, 10, 15, 3], [7, 11, 14, 4], [6, 12, 13, 5]],
        ),
        _checked("cheap sum, high peak", [[0, 8, 7], [1, 6, 5], [2, 3, 4]]),
        _checked("corner trap, small", _corner_trap(4)),
    ]
    for k in range(14):
        cases.append(_checked(f"random {k + 1}", _random_grid(rng, rng.randint(1, 9))))
    cases.append(_checked("50 by 50 random", _random_grid(rng, 50)))
    trap = _corner_trap(50)
    cases.append(_checked("50 by 50 corner trap", trap))
    cases.append(
        _checked("50 by 50 corner trap, transposed", [list(col) for col in zip(*trap, strict=True)])
    )
    return cases
