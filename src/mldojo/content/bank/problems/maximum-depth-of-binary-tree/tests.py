import random

from mldojo.content.testing import case


def public():
    return [
        case("example 1", [3, 9, 20, None, None, 15, 7], expected=3),
        case("example 2", [1, None, 2], expected=2),
        case("example 3", [], expected=0),
    ]


def _random_tree(rng, n):
    """Level-order list of a random tree with n nodes (None marks missing children)."""
    values = [rng.randint(-100, 100)]
    nodes, open_slots = 1, 2
    while nodes < n:
        if rng.random() < 0.65 or open_slots == 1:
            values.append(rng.randint(-100, 100))
            nodes += 1
            open_slots += 1
        else:
            values.append(None)
            open_slots -= 1
    while values and values[-1] is None:
        values.pop()
    return values


def _left_path(n):
    """A tree that is one path going left at every level, in level-order form."""
    values = [0]
    for _ in range(n - 1):
        values += [0, None]
    return values


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single node", [7], expected=1),
        case("only right children", [1, None, 2, None, 3, None, 4], expected=4),
        case("full tree of 3 levels", [1, 2, 3, 4, 5, 6, 7], expected=3),
        case("deep left, shallow right", [1, 2, 3, 4, None, None, None, 5], expected=4),
    ]
    for k in range(8):
        cases.append(case(f"random {k + 1}", _random_tree(rng, rng.randint(1, 60))))
    cases.append(case("100000 random nodes", _random_tree(rng, 100_000)))
    cases.append(case("path of 100000 nodes", _left_path(100_000), expected=100_000))
    return cases
