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


def _best_by_pairs(values):
    """Independent oracle for small trees: the sum of the path between every pair of nodes."""
    value, left, right = _parse(values)
    parent, depth = [None] * len(value), [0] * len(value)
    for node in range(len(value)):  # level order: parents come first
        for child in (left[node], right[node]):
            if child is not None:
                parent[child], depth[child] = node, depth[node] + 1
    best = max(value)
    for a in range(len(value)):
        for b in range(a + 1, len(value)):
            x, y, total = a, b, 0
            while x != y:
                if depth[x] < depth[y]:
                    x, y = y, x
                total += value[x]
                x = parent[x]
            best = max(best, total + value[x])
    return best


def _checked(name, values):
    return case(name, values, expected=_best_by_pairs(values))


def public():
    return [
        case("example 1", [4, 9, 2], expected=15),
        case("example 2", [-9, 6, 8, None, None, 3, -2], expected=11),
        case("example 3", [-7, -3, -9], expected=-3),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single negative node", [-1000]),
        _checked("single positive node", [1000]),
        _checked("zeros and negatives", [0, -1, -2]),
        _checked("negative root joins two big branches", [-10, 20, 30]),
        _checked("root too negative to cross", [-100, 20, 30]),
        _checked("best path inside the left subtree", [-1, 5, -20, 4, 6]),
        _checked("path must not fork", [1, 10, -50, 10, 10]),
        _checked("bend below the root", [2, -1, None, 7, 8, None, None, -30, 9]),
        _checked("all negative, deep", [-5, -4, -8, -11, None, -13, -4, -7, -2]),
    ]
    for k in range(16):
        low, high = ((-1000, 1000), (-10, 10), (-1000, 100), (-100, -1))[k % 4]
        cases.append(_checked(f"random {k + 1}", _random_tree(rng, rng.randint(1, 60), low, high)))
    cases.append(case("30000 random nodes", _random_tree(rng, 30_000, -1000, 1000)))
    cases.append(case("30000 mostly negative nodes", _random_tree(rng, 30_000, -1000, 200)))
    chain = [rng.randint(-1000, 1000) for _ in range(30_000)]
    cases.append(case("left path of 30000 nodes", _path(chain, "left")))
    cases.append(
        case(
            "right path of 30000 positive nodes",
            _path([1000] * 30_000, "right"),
            expected=30_000_000,
        )
    )
    cases.append(
        case(
            "left path of 30000 negative nodes", _path([-1000] * 29_999 + [-1], "left"), expected=-1
        )
    )
    return cases
