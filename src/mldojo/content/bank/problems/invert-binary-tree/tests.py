import random
from collections import deque

from mldojo.content.testing import case


def _mirrored(values):
    """Independent oracle: rebuild the tree as child index tables, mirror, and re-serialise."""
    if not values:
        return []
    value, left, right = [values[0]], [None], [None]
    queue, index = deque([0]), 1
    while queue and index < len(values):
        node = queue.popleft()
        for table in (left, right):
            if index < len(values) and values[index] is not None:
                value.append(values[index])
                left.append(None)
                right.append(None)
                table[node] = len(value) - 1
                queue.append(len(value) - 1)
            index += 1
    out, queue = [], deque([0])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(value[node])
        queue.append(right[node])
        queue.append(left[node])
    while out and out[-1] is None:
        out.pop()
    return out


def _random_tree(rng, n):
    """Level-order list of a random tree with n nodes."""
    values = [rng.randint(-100, 100)]
    nodes, open_slots = 1, 2
    while nodes < n:
        if rng.random() < 0.6 or open_slots == 1:
            values.append(rng.randint(-100, 100))
            nodes += 1
            open_slots += 1
        else:
            values.append(None)
            open_slots -= 1
    while values and values[-1] is None:
        values.pop()
    return values


def _checked(name, values):
    return case(name, values, expected=_mirrored(values))


def public():
    return [
        case("example 1", [5, 3, 8, 1, 4], expected=[5, 8, 3, None, None, 4, 1]),
        case("example 2", [1, 2], expected=[1, None, 2]),
        case("example 3", [], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single node", [0]),
        _checked("lone right child", [1, None, 2]),
        _checked("full tree of three levels", [1, 2, 3, 4, 5, 6, 7]),
        _checked("only the left subtree is deep", [1, 2, 3, 4, None, None, None, 5]),
        _checked("zigzag path", [1, 2, None, None, 3, 4]),
        _checked("repeated values", [2, 2, 2, 2, None, None, 2]),
    ]
    for k in range(10):
        cases.append(_checked(f"random {k + 1}", _random_tree(rng, rng.randint(1, 60))))
    cases.append(case("100000 random nodes", _random_tree(rng, 100_000)))
    left_path = [0]
    for depth in range(1, 100_000):
        left_path += [depth % 201 - 100, None]
    cases.append(case("left path of 100000 nodes", left_path))
    return cases
