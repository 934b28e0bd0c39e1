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


def _walks(values):
    """Preorder and inorder value lists of a level-order tree, both computed without recursion."""
    value, left, right = _parse(values)
    pre, stack = [], [0]
    while stack:
        node = stack.pop()
        pre.append(value[node])
        stack.extend(c for c in (right[node], left[node]) if c is not None)
    ino, stack, node = [], [], 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        ino.append(value[node])
        node = right[node]
    return pre, ino


def _checked(name, values):
    """The tree itself is the expected answer; the inputs are its two walks."""
    pre, ino = _walks(values)
    return case(name, pre, ino, expected=values)


def _distinct_tree(rng, n, grow=0.6):
    _, left, right = _parse(_random_tree(rng, n, 0, 0, grow))
    return _serialise(rng.sample(range(-3000, 3001), n), left, right)


def public():
    return [
        case("example 1", [7, 2, 5, 9, 4], [2, 7, 9, 5, 4], expected=[7, 2, 5, None, None, 9, 4]),
        case("example 2", [1, 2, 3], [3, 2, 1], expected=[1, 2, None, 3]),
        case("example 3", [-6], [-6], expected=[-6]),
    ]


def _zigzag(rng, n):
    value = rng.sample(range(-3000, 3001), n)
    left, right = [None] * n, [None] * n
    for i in range(n - 1):
        (left if i % 2 else right)[i] = i + 1
    return _serialise(value, left, right)


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("two nodes, left child", [1, 2]),
        _checked("two nodes, right child", [1, None, 2]),
        _checked("full tree of 7", [4, 2, 6, 1, 3, 5, 7]),
        _checked("not a search tree", [0, 5, -5, 3000, None, None, -3000]),
        _checked("root is the smallest value", [-3000, 10, 20, 30]),
        _checked("right path", _path([5, -1, 7, -2, 9], "right")),
        _checked("zigzag of 9", _zigzag(rng, 9)),
    ]
    for k in range(14):
        cases.append(_checked(f"random {k + 1}", _distinct_tree(rng, rng.randint(1, 60))))
    cases.append(_checked("3000 random nodes", _distinct_tree(rng, 3000)))
    cases.append(_checked("3000 bushy nodes", _distinct_tree(rng, 3000, grow=0.9)))
    chain = rng.sample(range(-3000, 3001), 3000)
    cases.append(_checked("left path of 3000 nodes", _path(chain, "left")))
    cases.append(_checked("right path of 3000 nodes", _path(chain, "right")))
    cases.append(_checked("zigzag of 3000 nodes", _zigzag(rng, 3000)))
    return cases
