import random
from collections import deque

from mldojo.content.testing import case

LOW, HIGH = -(2**31), 2**31 - 1


def _parse(values):
    """Level-order list -> (value, left, right) tables indexed by node number; node 0 is the root."""
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


def _is_bst(values):
    """Independent oracle: the in-order values strictly increase."""
    value, left, right = _parse(values)
    seen = [value[i] for i in _inorder(left, right)]
    return all(a < b for a, b in zip(seen, seen[1:]))


def _random_shape(rng, n):
    values = [0]
    nodes, open_slots = 1, 2
    while nodes < n:
        if rng.random() < 0.6 or open_slots == 1:
            values.append(0)
            nodes += 1
            open_slots += 1
        else:
            values.append(None)
            open_slots -= 1
    return values


def _random_bst(rng, n, low=LOW, high=HIGH, spoil=None):
    """A random BST of n nodes in level-order form, optionally spoiled by a swap or a duplicate."""
    value, left, right = _parse(_random_shape(rng, n))
    keys = sorted(rng.sample(range(low, high + 1), n))
    order = _inorder(left, right)
    for node, key in zip(order, keys):
        value[node] = key
    if spoil == "swap" and n >= 2:
        a, b = rng.sample(range(n), 2)
        value[a], value[b] = value[b], value[a]
    elif spoil == "duplicate" and n >= 2:
        position = rng.randrange(n - 1)
        value[order[position + 1]] = value[order[position]]
    return _serialise(value, left, right)


def _checked(name, values):
    return case(name, values, expected=_is_bst(values))


def public():
    return [
        case("example 1", [5, 3, 8, 1, 4], expected=True),
        case("example 2", [5, 3, 8, 1, 6], expected=False),
        case("example 3", [2, 2], expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("single node", [0]),
        _checked("smallest value alone", [LOW]),
        _checked("largest value alone", [HIGH]),
        _checked("both extremes", [0, LOW, HIGH]),
        _checked("extreme as a right child", [HIGH - 1, None, HIGH]),
        _checked("equal right child", [2, None, 2]),
        _checked("right grandchild below the root", [10, 5, 15, None, None, 6, 20]),
        _checked("left grandchild above the root", [10, 5, 15, 3, 12]),
        _checked("valid left zigzag", [10, 5, None, None, 8, 6]),
        _checked("children swapped", [2, 3, 1]),
        _checked("duplicate far apart", [8, 4, 12, None, 8]),
    ]
    for k in range(12):
        n = rng.randint(1, 40)
        spoil = (None, "swap", "duplicate")[k % 3]
        cases.append(_checked(f"random {k + 1}", _random_bst(rng, n, -50, 50, spoil)))
    cases.append(case("100000 nodes, valid", _random_bst(rng, 100_000), expected=True))
    cases.append(_checked("100000 nodes, two values swapped", _random_bst(rng, 100_000, spoil="swap")))
    left_path = [100_000]
    for value in range(99_999, 0, -1):
        left_path += [value, None]
    cases.append(case("left path of 100000 nodes, valid", left_path, expected=True))
    right_path = [1]
    for value in range(2, 100_000):
        right_path += [None, value]
    right_path += [None, 99_999]
    cases.append(case("right path of 100000 nodes, last value repeated", right_path, expected=False))
    return cases
