import numpy as np

from mldojo.content.testing import case


def _oracle(y_true, probs, eps):
    # Independent formulation: clip the whole matrix, take logs, and pick the true class with a
    # one-hot mask; accumulate with math.fsum for an accurate mean.
    import math

    n, k = probs.shape
    onehot = y_true[:, None] == np.arange(k)[None, :]
    logs = np.log(np.clip(probs, eps, 1.0 - eps))
    per_row = np.where(onehot, logs, 0.0).sum(axis=1)
    return -math.fsum(per_row.tolist()) / n


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _i(values):
    return np.array(values, dtype=np.int64)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _i([0, 1]), _a([[0.5, 0.5], [0.25, 0.75]]), 1e-15),
        case("example 2", _i([2]), _a([[0.5, 0.5, 0.0]]), 1e-15),
        case("example 3", _i([0]), _a([[1.0, 0.0]]), 0.01),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("perfect and certain, eps 1e-15", _i([0, 1, 2]), np.eye(3), 1e-15),
        case("perfect and certain, eps 1e-3", _i([0, 1, 2]), np.eye(3), 1e-3),
        case("certain and wrong", _i([1, 0]), _a([[1.0, 0.0], [0.0, 1.0]]), 1e-7),
        case("mixed zeros and ones", _i([0, 1, 2, 0]), _a([[1.0, 0.0, 0.0], [0.3, 0.7, 0.0], [0.9, 0.1, 0.0], [0.2, 0.3, 0.5]]), 0.05),
        case("uniform over many classes", rng.integers(0, 100, size=20), np.full((20, 100), 0.01), 1e-15),
        case("two classes", rng.integers(0, 2, size=15), np.column_stack([p := rng.random(15), 1 - p]), 1e-12),
        case("rows not normalised", _i([0, 1]), _a([[0.2, 0.2], [0.9, 0.9]]), 1e-15),
        case("tiny true-class probabilities", _i([0, 1, 2]), _a([[1e-300, 0.5, 0.5], [0.5, 1e-20, 0.5], [0.5, 0.5, 0.0]]), 1e-10),
    ]
    for j in range(8):
        n, k = int(rng.integers(1, 200)), int(rng.integers(2, 12))
        probs = _softmax(rng.normal(0, float(rng.uniform(0.5, 6)), size=(n, k)))
        cases.append(case(f"random {j + 1}", rng.integers(0, k, size=n), probs, float(10.0 ** -rng.integers(2, 16))))
    n, k = 100_000, 10
    probs = _softmax(rng.normal(0, 3, size=(n, k)))
    probs[rng.random((n, k)) < 0.01] = 0.0
    cases.append(case("large", rng.integers(0, k, size=n), probs, 1e-15))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
