import math

import numpy as np

from mldojo.content.testing import case


def _oracle(w, b, X, y, lam, lr):
    # The hinge's positive part decides who contributes; einsum and fsum do the sums.
    n = X.shape[0]
    hinge = np.maximum(0.0, 1.0 - y * (np.einsum("nd,d->n", X, w) + b))
    coef = (hinge > 0) * y
    grad_w = lam * w - np.einsum("n,nd->d", coef, X) / n
    grad_b = -math.fsum(coef.tolist()) / n
    return (w - lr * grad_w, b - lr * grad_b)


def _a(values):
    return np.array(values, dtype=np.float64)


def _separable(rng, n, d, noise):
    true_w = rng.normal(size=d)
    X = rng.normal(0, 2, size=(n, d))
    y = np.where(X @ true_w + rng.normal(0, noise, size=n) >= 0, 1.0, -1.0)
    return X, y


def public():
    return [
        case("example 1", _a([0, 0]), 0.0, _a([[1, 2], [-1, -1]]), _a([1, -1]), 0.1, 0.5),
        case("example 2", _a([1, 0]), 0.0, _a([[2, 0], [1, 5]]), _a([1, 1]), 0.5, 0.1),
        case("example 3", _a([1, -1]), 0.5, _a([[1, 1], [2, 0], [0, 1]]), _a([-1, 1, -1]), 0.01, 1.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one example, violating", _a([0.5]), -0.25, _a([[2.0]]), _a([-1.0]), 0.1, 0.3),
        case("one example, satisfied", _a([0.5, 0.5]), 0.0, _a([[4.0, 4.0]]), _a([1.0]), 0.2, 0.5),
        case("margins exactly 1", _a([1, 1]), 0.0, _a([[1, 0], [0, 1], [-1, 0], [0.5, 0.5]]), _a([1, 1, -1, 1]), 0.1, 0.5),
        case("margins exactly 1 with a bias", _a([2, 0]), 1.0, _a([[0, 3], [-1, 7], [-0.5, 2]]), _a([1, -1, -1]), 0.0, 1.0),
        case("all satisfied: only the penalty", _a([3, -3]), 0.0, _a([[1, -1], [-1, 1]]), _a([1, -1]), 0.5, 0.2),
        case("no penalty", _a([0.1, 0.2, 0.3]), 0.0, rng.normal(size=(6, 3)), _a([1, -1, 1, 1, -1, -1]), 0.0, 1.0),
        case("only negative labels", _a([0.3, -0.1]), 0.2, rng.normal(size=(5, 2)), -np.ones(5), 0.05, 0.1),
        case("large bias, wrong sign", _a([0.0, 0.0]), 10.0, rng.normal(size=(8, 2)), -np.ones(8), 0.1, 0.1),
        case("large values", rng.normal(0, 100, size=4), 50.0, rng.normal(0, 300, size=(10, 4)), np.where(rng.random(10) < 0.5, 1.0, -1.0), 1.0, 1e-3),
    ]
    for k in range(8):
        n, d = int(rng.integers(1, 300)), int(rng.integers(1, 20))
        X, y = _separable(rng, n, d, float(rng.uniform(0, 2)))
        cases.append(case(f"random {k + 1}", rng.normal(0, 0.5, size=d), float(rng.normal()), X, y, float(rng.uniform(0, 1)), float(rng.uniform(0.01, 2))))
    X, y = _separable(rng, 500_000, 4, 1.0)
    cases.append(case("large", rng.normal(0, 0.3, size=4), 0.1, X, y, 0.01, 0.1))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
