import random

from mldojo.content.testing import case


def _largest(heights):
    """Independent oracle for small inputs: every run of bars with its minimum."""
    best = 0
    for i in range(len(heights)):
        lowest = heights[i]
        for j in range(i, len(heights)):
            lowest = min(lowest, heights[j])
            best = max(best, lowest * (j - i + 1))
    return best


def _checked(name, heights):
    return case(name, heights, expected=_largest(heights))


def public():
    return [
        case("example 1", [3, 1, 4, 5, 2], expected=8),
        case("example 2", [2, 2, 2], expected=6),
        case("example 3", [1, 6, 1], expected=6),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one bar", [7], expected=7),
        case("one empty bar", [0], expected=0),
        _checked("all zeros", [0, 0, 0, 0]),
        _checked("rising", [1, 2, 3, 4, 5]),
        _checked("falling", [5, 4, 3, 2, 1]),
        _checked("valley between tall bars", [2, 1, 2]),
        _checked("tall bars popped earlier widen the rectangle", [2, 4, 3, 1]),
        _checked("zero splits the histogram", [4, 4, 0, 3, 3, 3]),
        _checked("tallest bars at the edges", [10_000, 1, 1, 1, 10_000]),
        _checked("equal heights then a dip", [3, 3, 3, 1, 3]),
        _checked("largest heights", [10_000] * 6),
    ]
    for k in range(16):
        n = rng.randint(1, 60)
        top = rng.choice((3, 20, 10_000))
        cases.append(_checked(f"random {k + 1}", [rng.randint(0, top) for _ in range(n)]))
    n = 100_000
    cases.append(case("100000 random bars", [rng.randint(0, 10_000) for _ in range(n)]))
    cases.append(case("100000 bars rising", [i // 10 for i in range(n)]))
    cases.append(case("100000 equal bars", [10_000] * n, expected=10_000 * n))
    cases.append(case("100000 bars falling", [10_000 - i // 10 for i in range(n)]))
    return cases
