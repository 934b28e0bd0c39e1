import random

from mldojo.content.testing import case


def _checked(name, a, b):
    """Independent oracle: sort the concatenated values."""
    return case(name, a, b, expected=sorted(a + b))


def _sorted_values(rng, n, low=-100, high=100):
    return sorted(rng.randint(low, high) for _ in range(n))


def public():
    return [
        case("example 1", [2, 5, 9], [3, 5, 6, 12], expected=[2, 3, 5, 5, 6, 9, 12]),
        case("example 2", [], [-4, 0], expected=[-4, 0]),
        case("example 3", [], [], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("second list empty", [1, 2, 3], []),
        _checked("first list empty, second long", [], _sorted_values(rng, 50)),
        _checked("single nodes, second smaller", [7], [-7]),
        _checked("single nodes, equal", [0], [0]),
        _checked("all of the first before the second", [-100, -50, -1], [0, 50, 100]),
        _checked("all of the second before the first", [10, 20, 30, 40], [1, 2]),
        _checked("one long, one short in the middle", list(range(-25, 25)), [3]),
        _checked("all values equal", [5] * 50, [5] * 50),
        _checked("negative duplicates", [-100, -100, -3], [-100, -3, -3]),
        _checked("uneven tails", [1, 2], [1, 3, 4, 5, 6, 7]),
    ]
    for k in range(16):
        a = _sorted_values(rng, rng.randint(0, 50), *rng.choice([(-100, 100), (-3, 3)]))
        b = _sorted_values(rng, rng.randint(0, 50), *rng.choice([(-100, 100), (-3, 3)]))
        cases.append(_checked(f"random {k + 1}", a, b))
    cases.append(_checked("two lists of 50", _sorted_values(rng, 50), _sorted_values(rng, 50)))
    return cases
