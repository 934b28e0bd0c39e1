import random
from collections import deque

from mldojo.content.testing import case


class _Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def _serialise(root):
    """LeetCode's level-order list with None for missing children, trailing Nones trimmed."""
    values, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def _levels(root):
    """Independent oracle: a depth-first walk (left before right) filling one list per depth."""
    levels, stack = [], [(root, 0)] if root else []
    while stack:
        node, depth = stack.pop()
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        for child in (node.right, node.left):
            if child is not None:
                stack.append((child, depth + 1))
    return levels


def _height(root):
    return len(_levels(root))


def _checked(name, root):
    return case(name, _serialise(root), expected=_levels(root))


def _random_tree(rng, n, max_height=800):
    """Grow a tree by attaching each new node at a random free slot, keeping the height bounded."""
    root = _Node(rng.randint(-1000, 1000))
    slots = [(root, "left", 2), (root, "right", 2)]
    for _ in range(n - 1):
        while True:
            index = rng.randrange(len(slots))
            parent, side, depth = slots[index]
            slots[index] = slots[-1]
            slots.pop()
            if depth <= max_height:
                break
        child = _Node(rng.randint(-1000, 1000))
        setattr(parent, side, child)
        slots.append((child, "left", depth + 1))
        slots.append((child, "right", depth + 1))
    return root


def _perfect(rng, depth):
    root = _Node(rng.randint(-1000, 1000))
    level = [root]
    for _ in range(depth - 1):
        nxt = []
        for node in level:
            node.left = _Node(rng.randint(-1000, 1000))
            node.right = _Node(rng.randint(-1000, 1000))
            nxt += [node.left, node.right]
        level = nxt
    return root, level


def _hang_path(rng, node, length):
    """Hang a zigzag path of `length` nodes below node."""
    for step in range(length):
        child = _Node(rng.randint(-1000, 1000))
        if step % 2:
            node.right = child
        else:
            node.left = child
        node = child


def public():
    return [
        case("example 1", [3, 9, 20, None, None, 15, 7], expected=[[3], [9, 20], [15, 7]]),
        case("example 2", [1, 2, None, 3], expected=[[1], [2], [3]]),
        case("example 3", [], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single node", [5], expected=[[5]]),
        case("only right children", [1, None, 2, None, 3], expected=[[1], [2], [3]]),
        case("perfect tree of 3 levels", [1, 2, 3, 4, 5, 6, 7], expected=[[1], [2, 3], [4, 5, 6, 7]]),
        case("gaps in the middle of a level", [1, 2, 3, None, 4, 5], expected=[[1], [2, 3], [4, 5]]),
        case("cousins on opposite sides", [1, 2, 3, 4, None, None, 5, 6, None, None, 7],
             expected=[[1], [2, 3], [4, 5], [6, 7]]),
        case("repeated and negative values", [0, -1, -1, 0, 0, None, -1000],
             expected=[[0], [-1, -1], [0, 0, -1000]]),
    ]
    for k in range(10):
        cases.append(_checked(f"random {k + 1}", _random_tree(rng, rng.randint(1, 80))))
    zigzag = _Node(0)
    _hang_path(rng, zigzag, 799)
    cases.append(_checked("zigzag path of 800 nodes", zigzag))
    cases.append(_checked("100000 random nodes", _random_tree(rng, 100_000)))
    # A perfect tree of 16 levels, 33500 more nodes on level 17 and a path of 784 nodes below the
    # last leaf: 800 levels and 99819 nodes, so walking the whole tree again for every level costs
    # about 8·10^7 steps.
    root, bottom = _perfect(rng, 16)
    for node in bottom[: 33_500 // 2]:
        node.left = _Node(rng.randint(-1000, 1000))
        node.right = _Node(rng.randint(-1000, 1000))
    _hang_path(rng, bottom[-1], 784)
    assert _height(root) == 800
    cases.append(_checked("bushy top with a tall tail", root))
    return cases
