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


def _diameter(values):
    """Independent oracle: two breadth-first searches over the tree as an undirected graph."""
    value, left, right = _parse(values)
    n = len(value)
    neighbours = [[] for _ in range(n)]
    for node in range(n):
        for child in (left[node], right[node]):
            if child is not None:
                neighbours[node].append(child)
                neighbours[child].append(node)

    def farthest(start):
        dist = [-1] * n
        dist[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for other in neighbours[node]:
                if dist[other] < 0:
                    dist[other] = dist[node] + 1
                    queue.append(other)
        end = max(range(n), key=dist.__getitem__)
        return end, dist[end]

    end, _ = farthest(0)
    return farthest(end)[1]


def _checked(name, values):
    return case(name, values, expected=_diameter(values))


def _two_arms(left_len, right_len):
    """Root with a left path of left_len nodes and a right path of right_len nodes."""
    value = [0]
    left, right = [None], [None]
    for side, length in ((left, left_len), (right, right_len)):
        parent = 0
        for step in range(length):
            value.append(step % 201 - 100)
            left.append(None)
            right.append(None)
            child = len(value) - 1
            side[parent] = child
            parent = child
    return _serialise(value, left, right)


def public():
    return [
        case("example 1", [8, 3, 6, 1, 9], expected=3),
        case("example 2", [1, 2, None, 3, 4, 5, None, None, 6], expected=4),
        case("example 3", [7], expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("two nodes", [1, 2]),
        _checked("root with two leaves", [1, 2, 3]),
        _checked("right path of four", [1, None, 2, None, 3, None, 4]),
        _checked("full tree of three levels", [1, 2, 3, 4, 5, 6, 7]),
        _checked("longest path inside the left subtree", [1, 2, None, 3, 4, 5, None, None, 6, 7]),
        _checked(
            "longest path inside the right subtree", [0, 1, 2, None, None, 3, 4, 5, None, None, 6]
        ),
        _checked("negative values", [-100, -100, -100, -100, None, None, -100]),
    ]
    for k in range(12):
        cases.append(_checked(f"random {k + 1}", _random_tree(rng, rng.randint(1, 80), -100, 100)))
    cases.append(_checked("10000 random nodes", _random_tree(rng, 10_000, -100, 100)))
    cases.append(_checked("10000 bushy nodes", _random_tree(rng, 10_000, -100, 100, grow=0.9)))
    chain = [rng.randint(-100, 100) for _ in range(10_000)]
    cases.append(case("left path of 10000 nodes", _path(chain, "left"), expected=9_999))
    cases.append(case("right path of 10000 nodes", _path(chain, "right"), expected=9_999))
    cases.append(case("two arms of 4999 and 5000 nodes", _two_arms(4_999, 5_000), expected=9_999))
    # A long fork hanging under a root with no right child: the answer avoids the root.
    cases.append(
        _checked("deep fork under a single root", _under_new_root(_two_arms(4_000, 4_000)))
    )
    return cases


def _under_new_root(values):
    """The given tree as the left child of a new root."""
    value, left, right = _parse(values)
    shift = lambda table: [None if c is None else c + 1 for c in table]  # noqa: E731
    return _serialise([5, *value], [1, *shift(left)], [None, *shift(right)])
