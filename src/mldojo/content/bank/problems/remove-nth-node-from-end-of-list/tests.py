import random

from mldojo.content.testing import case


def _checked(name, values, n):
    # Independent oracle: delete position len - n of the Python list.
    expected = values[: len(values) - n] + values[len(values) - n + 1 :]
    return case(name, values, n, expected=expected)


def public():
    return [
        case("example 1", [10, 20, 30, 40], 1, expected=[10, 20, 30]),
        case("example 2", [10, 20, 30, 40], 4, expected=[20, 30, 40]),
        case("example 3", [7], 1, expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("two nodes, remove the last", [1, 2], 1),
        _checked("two nodes, remove the head", [1, 2], 2),
        _checked("middle node", [1, 2, 3, 4, 5], 3),
        _checked("second from the end", [1, 2, 3, 4, 5], 2),
        _checked("second node", [1, 2, 3, 4, 5], 4),
        _checked("repeated value, later copy", [5, 1, 5, 2], 2),
        _checked("all values equal", [9, 9, 9, 9], 2),
        _checked("zeros", [0, 0, 100], 3),
    ]
    for k in range(10):
        size = rng.randint(1, 40)
        values = [rng.randint(0, 5 if k % 2 else 100) for _ in range(size)]
        cases.append(_checked(f"random {k + 1}", values, rng.randint(1, size)))
    size = 100_000
    values = [rng.randint(0, 100) for _ in range(size)]
    cases.append(_checked("100000 nodes, remove the last", values, 1))
    cases.append(_checked("100000 nodes, remove the head", values, size))
    cases.append(_checked("100000 nodes, remove one in the middle", values, size // 2 + 1))
    return cases
