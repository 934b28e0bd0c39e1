import random
from collections import deque

from mldojo.content.testing import case


def _parse(values):
    """Level-order list -> (value, left, right) tables by node number; node 0 is the root."""
    if not values:
        return [], [], []
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
    return value, left, right


def _serialise(value, left, right):
    """(value, left, right) tables -> LeetCode's level-order list, trailing Nones trimmed."""
    if not value:
        return []
    out, queue = [], deque([0])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(value[node])
        queue.append(left[node])
        queue.append(right[node])
    while out and out[-1] is None:
        out.pop()
    return out


def _random_tree(rng, n, low, high, grow=0.6):
    """Level-order list of a random tree with n nodes and values in [low, high]."""
    if n == 0:
        return []
    values = [rng.randint(low, high)]
    nodes, open_slots = 1, 2
    while nodes < n:
        if rng.random() < grow or open_slots == 1:
            values.append(rng.randint(low, high))
            nodes += 1
            open_slots += 1
        else:
            values.append(None)
            open_slots -= 1
    while values and values[-1] is None:
        values.pop()
    return values


def _path(values, side):
    """A single path holding values from the root down, always going to one side."""
    if not values:
        return []
    out = [values[0]]
    for value in values[1:]:
        out += [value, None] if side == "left" else [None, value]
    while out and out[-1] is None:
        out.pop()
    return out


def _balanced(values):
    """Independent oracle: heights over the node tables, children before parents."""
    value, left, right = _parse(values)
    height = [0] * (len(value) + 1)  # index -1 stands for a missing child
    for node in range(len(value) - 1, -1, -1):  # level order puts children after parents
        a = height[-1 if left[node] is None else left[node]]
        b = height[-1 if right[node] is None else right[node]]
        if abs(a - b) > 1:
            return False
        height[node] = 1 + max(a, b)
    return True


def _checked(name, values):
    return case(name, values, expected=_balanced(values))


def _sparse_avl(rng, h):
    """A height-balanced tree of height h with as few nodes as possible (leaves far apart)."""
    value, left, right = [], [], []

    def build(height):
        if height == 0:
            return None
        node = len(value)
        value.append(rng.randint(-10_000, 10_000))
        left.append(None)
        right.append(None)
        tall, short = build(height - 1), build(height - 2) if height >= 2 else None
        if rng.random() < 0.5:
            tall, short = short, tall
        left[node], right[node] = tall, short
        return node

    build(h)
    # The root was created first, so it is node 0 as _serialise expects.
    return _serialise(value, left, right)


def _spoil_deep(rng, values):
    """Hang a two-node chain under a random leaf: the tree stays balanced only if lucky."""
    value, left, right = _parse(values)
    leaves = [i for i in range(len(value)) if left[i] is None and right[i] is None]
    leaf = rng.choice(leaves[len(leaves) // 2 :])
    for _ in range(2):
        value.append(rng.randint(-10_000, 10_000))
        left.append(None)
        right.append(None)
        left[leaf] = len(value) - 1
        leaf = len(value) - 1
    return _serialise(value, left, right)


def _full(rng, n):
    return [rng.randint(-10_000, 10_000) for _ in range(n)]


def public():
    return [
        case("example 1", [5, 2, 9, None, None, 6, 11], expected=True),
        case("example 2", [1, 2, 3, 4, None, 6, None, 5], expected=False),
        case("example 3", [], expected=True),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single node", [0]),
        _checked("one child", [1, 2]),
        _checked("path of three", [1, None, 2, None, 3]),
        _checked("root fine, left child not", [1, 2, 3, 4, None, 5, None, 6]),
        _checked("two long arms", [1, 2, 3, 4, None, None, 5, 6, None, None, 7]),
        _checked("sparse balanced tree, leaves two levels apart", _sparse_avl(rng, 5)),
        _checked("sparse balanced tree of height 12", _sparse_avl(rng, 12)),
        _checked("full tree of 4095 nodes", _full(rng, 4095)),
    ]
    for k in range(12):
        cases.append(
            _checked(f"random {k + 1}", _random_tree(rng, rng.randint(1, 40), -10_000, 10_000))
        )
    for k in range(6):
        cases.append(
            _checked(f"random sparse balanced {k + 1}", _sparse_avl(rng, rng.randint(3, 9)))
        )
    for k in range(6):
        cases.append(
            _checked(
                f"balanced, then one leaf extended {k + 1}", _spoil_deep(rng, _sparse_avl(rng, 8))
            )
        )
    cases.append(_checked("sparse balanced tree of 4180 nodes", _sparse_avl(rng, 17)))
    cases.append(_checked("5000 random nodes", _random_tree(rng, 5000, -10_000, 10_000)))
    chain = [rng.randint(-10_000, 10_000) for _ in range(5000)]
    cases.append(case("left path of 5000 nodes", _path(chain, "left"), expected=False))
    cases.append(case("right path of 5000 nodes", _path(chain, "right"), expected=False))
    return cases
