import random

from mldojo.content.testing import case


def _count_by_union_find(grid):
    """Independent oracle: union-find over land cells, joining right and down neighbours."""
    rows, cols = len(grid), len(grid[0])
    parent = {}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                parent[(r, c)] = (r, c)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < rows and nc < cols and grid[nr][nc] == "1":
                    parent[find((r, c))] = find((nr, nc))
    return len({find(cell) for cell in parent})


def _grid(lines):
    return [list(line) for line in lines]


def _random_grid(rng, rows, cols, land):
    return [["1" if rng.random() < land else "0" for _ in range(cols)] for _ in range(rows)]


def _snake(size):
    """One island: full rows joined alternately at the right and left ends."""
    grid = [["0"] * size for _ in range(size)]
    for r in range(size):
        if r % 2 == 0:
            grid[r] = ["1"] * size
        else:
            grid[r][size - 1 if r % 4 == 1 else 0] = "1"
    return grid


def public():
    return [
        case("example 1", _grid(["1100", "0101", "0001"]), expected=2),
        case("example 2", _grid(["101", "010"]), expected=3),
        case("example 3", _grid(["00"]), expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one land cell", _grid(["1"]), expected=1),
        case("one water cell", _grid(["0"]), expected=0),
        case("single row", _grid(["1101110001"]), expected=3),
        case("single column", [["1"], ["0"], ["1"], ["1"], ["0"]], expected=2),
        case("all land", _grid(["111", "111", "111"]), expected=1),
        case("checkerboard", _grid(["10101", "01010", "10101"]), expected=8),
        case("U shape", _grid(["101", "101", "111"]), expected=1),
        case("L shape reaching back up", _grid(["0001", "0001", "1111"]), expected=1),
        case("ring with a lake and an inner island",
             _grid(["11111", "10001", "10101", "10001", "11111"]), expected=2),
        case("diagonal staircase", _grid(["1000", "0100", "0010", "0001"]), expected=4),
    ]
    for k in range(12):
        rows, cols = rng.randint(1, 15), rng.randint(1, 15)
        grid = _random_grid(rng, rows, cols, rng.choice([0.3, 0.5, 0.65]))
        cases.append(case(f"random {k + 1}", grid, expected=_count_by_union_find(grid)))
    big = _random_grid(rng, 300, 300, 0.45)
    cases.append(case("300x300 random, many islands", big, expected=_count_by_union_find(big)))
    cases.append(case("300x300 all land", [["1"] * 300 for _ in range(300)], expected=1))
    cases.append(case("299x299 snake", _snake(299), expected=1))
    return cases
