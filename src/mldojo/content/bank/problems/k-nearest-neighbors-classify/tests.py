from collections import Counter

import numpy as np

from mldojo.content.testing import case


def _oracle(X_train, y_train, X_test, k):
    # Per test point: sort by (distance, index) with lexsort, then count the votes.
    n = X_train.shape[0]
    out = []
    for x in X_test:
        dist = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        order = np.lexsort((np.arange(n), dist))[:k]
        counts = Counter(y_train[order].tolist())
        top = max(counts.values())
        out.append(min(label for label, c in counts.items() if c == top))
    return np.array(out, dtype=np.int64)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def _grid(size):
    return _a([[x, y] for x in range(size) for y in range(size)])


def public():
    return [
        case("example 1", _a([[0, 0], [1, 0], [5, 5], [6, 5]]), _i([0, 0, 1, 1]), _a([[0.5, 0], [5.5, 5]]), 3),
        case("example 2", _a([[0], [2]]), _i([3, 1]), _a([[1]]), 2),
        case("example 3", _a([[1], [-1], [2]]), _i([7, 4, 4]), _a([[0]]), 1),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one training point", _a([[3.0, 4.0]]), _i([9]), _a([[0.0, 0.0], [100.0, -5.0]]), 1),
        case("k equals n", _a([[0], [1], [2], [10], [11]]), _i([2, 2, 5, 5, 5]), _a([[0.0], [10.5]]), 5),
        case("test point on a training point", _a([[0, 0], [3, 3], [3, 4]]), _i([1, 2, 2]), _a([[0, 0]]), 1),
        case("nearest is not the majority", _a([[0], [2], [2.5], [-2.2]]), _i([6, 3, 3, 6]), _a([[0.1]]), 3),
        case("three-way vote tie", _a([[1], [-1], [2], [-2], [3], [-3]]), _i([8, 8, 5, 5, 2, 2]), _a([[0.0], [0.2]]), 6),
        case("four-way vote tie, k = 4", _a([[1, 0], [0, 1], [-1, 0], [0, -1]]), _i([40, 30, 20, 10]), _a([[0, 0]]), 4),
        case("distance tie at the k boundary", _a([[1], [-1], [1], [-1]]), _i([3, 1, 3, 1]), _a([[0]]), 3),
        case("duplicate training points", _a([[1, 1], [1, 1], [1, 1], [0, 0]]), _i([4, 0, 4, 0]), _a([[1, 1], [0.2, 0.2]]), 3),
        case("L1 and L2 disagree", _a([[3, 0], [2, 2]]), _i([1, 2]), _a([[0, 0]]), 1),
        case("one dimension, many points", np.arange(30.0)[:, None], np.arange(30) % 4, _a([[4.5], [14.5], [29.9]]), 4),
        case("large labels", rng.normal(size=(20, 3)), rng.integers(990, 1000, size=20), rng.normal(size=(6, 3)), 5),
    ]
    grid = _grid(10)
    cases.append(case("integer grid, many distance ties", grid, rng.integers(0, 5, size=100), _grid(10) + 0.5 * (rng.random((100, 2)) < 0.5), 8))
    cases.append(case("integer grid, even k", grid, rng.integers(0, 3, size=100), _a([[x + 0.5, y + 0.5] for x in range(9) for y in range(9)]), 4))
    for k in range(8):
        n, m, d = int(rng.integers(1, 300)), int(rng.integers(1, 60)), int(rng.integers(1, 8))
        classes = int(rng.integers(2, 6))
        centres = rng.normal(0, 3, size=(classes, d))
        y = rng.integers(0, classes, size=n)
        X = centres[y] + rng.normal(0, 1.5, size=(n, d))
        cases.append(case(f"random {k + 1}", X, y, rng.normal(0, 3, size=(m, d)), int(rng.integers(1, min(n, 15) + 1))))
    centres = rng.normal(0, 4, size=(10, 16))
    y = rng.integers(0, 10, size=5000)
    X = centres[y] + rng.normal(0, 2, size=(5000, 16))
    cases.append(case("large", X, y, rng.normal(0, 4, size=(1000, 16)), 15))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
