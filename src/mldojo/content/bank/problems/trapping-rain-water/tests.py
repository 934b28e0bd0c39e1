import random

from mldojo.content.testing import case


def _water(height):
    """Independent oracle: prefix and suffix maxima."""
    n = len(height)
    left = [0] * n
    right = [0] * n
    best = 0
    for i in range(n):
        best = max(best, height[i])
        left[i] = best
    best = 0
    for i in range(n - 1, -1, -1):
        best = max(best, height[i])
        right[i] = best
    return sum(min(left[i], right[i]) - height[i] for i in range(n))


def _checked(name, height):
    return case(name, height, expected=_water(height))


def public():
    return [
        case("example 1", [0, 2, 0, 3, 1, 0, 2], expected=5),
        case("example 2", [4, 1, 3], expected=2),
        case("example 3", [1, 2, 3], expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one bar", [7]),
        _checked("two bars", [3, 5]),
        _checked("all zeros", [0, 0, 0, 0]),
        _checked("simple dip", [2, 0, 2]),
        _checked("wide flat basin", [3, 0, 0, 0, 3]),
        _checked("falling staircase", [5, 4, 3, 2, 1]),
        _checked("right wall lower than left", [5, 0, 0, 2]),
        _checked("tall wall at the left only", [9, 1, 2, 1, 0]),
        _checked("valley inside a valley", [4, 1, 3, 0, 3, 1, 4]),
        _checked("plateaus", [2, 2, 0, 0, 2, 2, 1, 1, 3]),
        _checked("tallest in the middle", [1, 0, 2, 0, 6, 0, 3, 0, 1]),
        _checked("largest heights", [100_000, 0, 100_000]),
    ]
    for k in range(12):
        n = rng.randint(1, 60)
        top = rng.choice((3, 10, 100_000))
        cases.append(_checked(f"random {k + 1}", [rng.randint(0, top) for _ in range(n)]))
    n = 100_000
    cases.append(_checked("100000 random bars", [rng.randint(0, 100_000) for _ in range(n)]))
    ramp = list(range(0, n // 2)) + list(range(n // 2, 0, -1))
    cases.append(_checked("100000 bars, one mountain", ramp))
    basin = [100_000] + [rng.randint(0, 10) for _ in range(n - 2)] + [99_999]
    cases.append(_checked("100000 bars, one deep basin", basin))
    return cases
