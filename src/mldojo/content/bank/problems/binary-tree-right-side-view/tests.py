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


def _view(values):
    """Independent oracle: breadth-first over the node tables, last node of each depth wins."""
    value, left, right = _parse(values)
    if not value:
        return []
    last, queue = {}, deque([(0, 0)])
    while queue:
        node, depth = queue.popleft()
        last[depth] = value[node]
        for child in (left[node], right[node]):
            if child is not None:
                queue.append((child, depth + 1))
    return [last[d] for d in range(len(last))]


def _checked(name, values):
    return case(name, values, expected=_view(values))


def public():
    return [
        case("example 1", [4, 8, 6, None, 3, None, 1], expected=[4, 6, 1]),
        case("example 2", [4, 8, 6, 3, 9, None, 1, 7], expected=[4, 6, 1, 7]),
        case("example 3", [], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single node", [-100]),
        _checked("left child only", [1, 2]),
        _checked("left path", _path([3, 1, 4, 1, 5], "left")),
        _checked("right path", _path([2, 7, 1, 8], "right")),
        _checked("right leaf, deep left", [1, 2, 3, 4, None, None, None, 5]),
        _checked(
            "right child with only a left child below", [1, 2, 3, None, None, 4, None, None, 5]
        ),
        _checked("zigzag", [1, 2, None, None, 3, 4, None, None, 5]),
        _checked("full tree", [1, 2, 3, 4, 5, 6, 7]),
        _checked("repeated values", [0, 0, 0, 0, None, None, 0, 0]),
    ]
    for k in range(16):
        cases.append(
            _checked(
                f"random {k + 1}",
                _random_tree(rng, rng.randint(1, 100), -100, 100, grow=rng.choice([0.5, 0.6, 0.8])),
            )
        )
    chain = [rng.randint(-100, 100) for _ in range(100)]
    cases.append(_checked("left path of 100 nodes", _path(chain, "left")))
    return cases
