import random

from mldojo.content.testing import case


def _best_pair(height):
    """Oracle for small inputs: every pair of lines."""
    return max((j - i) * min(height[i], height[j])
               for i in range(len(height)) for j in range(i + 1, len(height)))


def public():
    return [
        case("example 1", [4, 1, 2, 6, 5, 1], expected=16),
        case("example 2", [3, 9, 1, 1, 8, 2], expected=24),
        case("example 3", [5, 5], expected=5),
    ]


def hidden(seed):
    rng = random.Random(seed)
    fixed = [
        ("two lines, one of height zero", [0, 7]),
        ("all zero", [0, 0, 0]),
        ("increasing", [1, 2, 3, 4, 5, 6]),
        ("decreasing", [6, 5, 4, 3, 2, 1]),
        ("equal heights", [4, 4, 4, 4]),
        ("tall pair in the middle, short ends", [1, 10, 10, 1]),
        ("short lines at the ends are still the widest", [2, 1, 1, 1, 1, 1, 1, 2]),
        ("moving the taller line skips the answer", [1, 2, 10, 10, 1]),
        ("the taller line must not set the level", [1, 100, 1]),
        ("extreme heights", [10**4, 0, 0, 10**4]),
    ]
    cases = [case(name, height, expected=_best_pair(height)) for name, height in fixed]
    for k in range(12):
        n = rng.randint(2, 40)
        top = rng.choice([3, 50, 10**4])
        height = [rng.randint(0, top) for _ in range(n)]
        cases.append(case(f"random {k + 1}", height, expected=_best_pair(height)))
    n = 100_000
    cases.append(case("100000 random heights", [rng.randint(0, 10**4) for _ in range(n)]))
    # Tall lines in the middle, short ones toward the ends: the best pair is far inside.
    hill = [min(10**4, 1 + min(i, n - 1 - i) // 5) for i in range(n)]
    cases.append(case("100000-line hill", hill))
    cases.append(case("100000 equal heights", [10**4] * n, expected=(n - 1) * 10**4))
    return cases
