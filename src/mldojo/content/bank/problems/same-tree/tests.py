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


def _checked(name, p, q):
    """Independent oracle: canonical level-order lists are equal exactly when the trees are."""
    return case(name, p, q, expected=p == q)


def _flip_a_lone_child(rng, values):
    """Move one only-child subtree to the other side: same pre-order values, different shape."""
    value, left, right = _parse(values)
    lonely = [i for i in range(len(value)) if (left[i] is None) != (right[i] is None)]
    if not lonely:
        return None
    node = rng.choice(lonely)
    left[node], right[node] = right[node], left[node]
    return _serialise(value, left, right)


def _change_one_value(rng, values):
    out = list(values)
    spots = [i for i, v in enumerate(out) if v is not None]
    i = rng.choice(spots[len(spots) // 2 :])
    out[i] = out[i] + 1 if out[i] < 10_000 else out[i] - 1
    return out


def public():
    return [
        case("example 1", [4, 7, 9], [4, 7, 9], expected=True),
        case("example 2", [6, 3], [6, None, 3], expected=False),
        case("example 3", [2, 5, 8], [2, 8, 5], expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("both empty", [], []),
        _checked("first empty", [], [0]),
        _checked("second empty", [5], []),
        _checked("single equal nodes", [-10_000], [-10_000]),
        _checked("single different nodes", [1], [-1]),
        _checked("zero against a missing child", [1, 0], [1]),
        _checked("mirror images", [1, 2, 3, 4], [1, 3, 2, None, None, None, 4]),
        _checked(
            "difference only at the deepest leaf",
            [1, 2, 3, 4, 5, 6, 7, 8],
            [1, 2, 3, 4, 5, 6, 7, 9],
        ),
        _checked("same values, leaf under the other child", [1, 2, 3, 4], [1, 2, 3, None, 4]),
        _checked("repeated values, different shape", [7, 7, 7, 7], [7, 7, 7, None, None, 7]),
    ]
    for k in range(6):
        p = _random_tree(rng, rng.randint(1, 100), -10_000, 10_000)
        cases.append(_checked(f"random identical {k + 1}", p, list(p)))
    for k in range(6):
        p = _random_tree(rng, rng.randint(8, 100), -3, 3)
        cases.append(
            _checked(f"random, one deep value changed {k + 1}", p, _change_one_value(rng, p))
        )
    for k in range(6):
        p = _random_tree(rng, rng.randint(8, 100), -10_000, 10_000, grow=0.5)
        q = _flip_a_lone_child(rng, p)
        if q is not None:
            cases.append(_checked(f"random, one subtree moved sideways {k + 1}", p, q))
    for k in range(4):
        n = rng.randint(1, 100)
        cases.append(
            _checked(
                f"random unrelated {k + 1}",
                _random_tree(rng, n, 0, 1),
                _random_tree(rng, n, 0, 1),
            )
        )
    chain = [rng.randint(-10_000, 10_000) for _ in range(100)]
    cases.append(_checked("left path of 100 nodes", _path(chain, "left"), _path(chain, "left")))
    cases.append(
        _checked("left path against right path", _path(chain, "left"), _path(chain, "right"))
    )
    return cases
