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


def _inorder(left, right):
    order, stack, node = [], [], 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        order.append(node)
        node = right[node]
    return order


def _random_bst(rng, n, grow=0.6):
    """A random BST shape of n nodes filled with distinct values in [0, 10^4] in order."""
    value, left, right = _parse(_random_tree(rng, n, 0, 0, grow))
    for node, key in zip(_inorder(left, right), sorted(rng.sample(range(10_001), n)), strict=True):
        value[node] = key
    return _serialise(value, left, right)


def _checked(name, values, k):
    """Independent oracle: sort the values of the level-order list."""
    return case(name, values, k, expected=sorted(v for v in values if v is not None)[k - 1])


def public():
    return [
        case("example 1", [20, 8, 30, 4, 12], 2, expected=8),
        case("example 2", [20, 8, 30, 4, 12], 5, expected=30),
        case("example 3", [6, 2, None, None, 4], 3, expected=6),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single node", [0], 1),
        _checked("largest value alone", [10_000], 1),
        _checked("root is the answer", [5, 3, 8], 2),
        _checked("left child only, k = 1", [9, 4], 1),
        _checked("right child only, k = 2", [4, None, 9], 2),
        _checked("smallest deep on the left", [50, 30, 70, 20, 40, 60, 80, 10], 1),
        _checked(
            "largest deep on the right",
            [50, 30, 70, 20, 40, 60, 80, None, None, None, None, None, None, None, 90],
            8,
        ),
        _checked(
            "answer in a right subtree of the left child",
            [10, 3, 15, 1, 7, None, None, None, None, 5, 8],
            4,
        ),
    ]
    for j in range(14):
        n = rng.randint(1, 60)
        tree = _random_bst(rng, n)
        k = (1, n, rng.randint(1, n))[j % 3]
        cases.append(_checked(f"random {j + 1}", tree, k))
    for j, k in enumerate((1, 5_000, 10_000)):
        cases.append(_checked(f"10000 random nodes {j + 1}", _random_bst(rng, 10_000), k))
    chain = list(range(10_000, 0, -1))
    cases.append(_checked("left path of 10000 nodes, smallest", _path(chain, "left"), 1))
    cases.append(_checked("left path of 10000 nodes, largest", _path(chain, "left"), 10_000))
    cases.append(_checked("right path of 10000 nodes, middle", _path(chain[::-1], "right"), 6_789))
    return cases
