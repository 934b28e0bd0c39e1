import random

from mldojo.content.testing import case


def _by_following_water(heights):
    """Independent oracle for small grids: from each cell, follow the water downhill and see where it ends."""
    rows, cols = len(heights), len(heights[0])
    answer = []
    for sr in range(rows):
        for sc in range(cols):
            seen = {(sr, sc)}
            stack = [(sr, sc)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                            and heights[nr][nc] <= heights[r][c]):
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            pacific = any(r == 0 or c == 0 for r, c in seen)
            atlantic = any(r == rows - 1 or c == cols - 1 for r, c in seen)
            if pacific and atlantic:
                answer.append([sr, sc])
    return answer


def _checked(name, heights):
    return case(name, heights, expected=_by_following_water(heights))


def _random_grid(rng, rows, cols, high):
    return [[rng.randint(0, high) for _ in range(cols)] for _ in range(rows)]


def public():
    return [
        case("example 1", [[1, 2], [4, 3]], expected=[[0, 1], [1, 0], [1, 1]]),
        case("example 2", [[5]], expected=[[0, 0]]),
        case("example 3", [[3, 3, 3], [3, 1, 3], [3, 3, 3]],
             expected=[[0, 0], [0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1], [2, 2]]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single row", [[4, 1, 7, 2]], expected=[[0, 0], [0, 1], [0, 2], [0, 3]]),
        case("single column", [[0], [9], [3]], expected=[[0, 0], [1, 0], [2, 0]]),
        case("flat 3x4", [[2] * 4 for _ in range(3)],
             expected=[[r, c] for r in range(3) for c in range(4)]),
        _checked("falls to the top-left", [[0, 1, 2], [1, 2, 3], [2, 3, 4]]),
        _checked("falls to the bottom-right", [[4, 3, 2], [3, 2, 1], [2, 1, 0]]),
        _checked("a ridge down the middle", [[1, 5, 1], [1, 5, 1], [1, 5, 1]]),
        _checked("plateau reaching both sides", [[5, 5, 5, 1], [1, 5, 5, 5], [1, 1, 1, 9]]),
        _checked("low corners", [[0, 9, 9, 9], [9, 9, 9, 9], [9, 9, 9, 0]]),
        _checked("winding valley", [[9, 0, 9, 9, 9], [9, 1, 9, 5, 9], [9, 2, 3, 4, 9],
                                    [9, 9, 9, 9, 9]]),
    ]
    for k in range(12):
        rows, cols = rng.randint(1, 12), rng.randint(1, 12)
        high = [2, 5, 100_000][k % 3]
        cases.append(_checked(f"random {k + 1}", _random_grid(rng, rows, cols, high)))
    size = 200
    cases.append(case("200x200 sloping to the Pacific",
                      [[r + c for c in range(size)] for r in range(size)]))
    cases.append(case("200x200 flat", [[7] * size for _ in range(size)]))
    cases.append(case("200x200 random, few heights", _random_grid(rng, size, size, 3)))
    cases.append(case("200x200 random heights", _random_grid(rng, size, size, 100_000)))
    # A bowl: high rim, low centre that drains nowhere, and a long shallow slope.
    bowl = [[max(abs(r - 100), abs(c - 100)) * 500 for c in range(size)] for r in range(size)]
    cases.append(case("200x200 bowl", bowl))
    return cases
