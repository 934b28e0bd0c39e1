import warnings

import numpy as np
from sklearn.linear_model import Ridge

from mldojo.content.testing import case


def _oracle(X, y, lam):
    # scikit-learn's Ridge minimises exactly ||y - Xw - b||^2 + alpha ||w||^2, b unpenalised.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = Ridge(alpha=lam, fit_intercept=True, solver="svd").fit(X, y)
    return (np.array(model.coef_, dtype=np.float64), float(model.intercept_))


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _linear_data(rng, n, d, noise, x_offset=0.0, y_offset=0.0):
    X = rng.normal(x_offset, 1.0, size=(n, d)) * rng.uniform(0.5, 3.0, size=d)
    w = rng.normal(0, 2, size=d)
    return X, X @ w + y_offset + rng.normal(0, noise, size=n)


def public():
    return [
        case("example 1", _a([[1], [2], [3]]), _a([1, 2, 3]), 0.0),
        case("example 2", _a([[1], [2], [3]]), _a([1, 2, 3]), 2.0),
        case("example 3", _a([[0], [1]]), _a([10, 10]), 1.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one sample", _a([[1.0, -2.0, 3.0]]), _a([4.0]), 0.5),
        case("constant target", rng.normal(size=(6, 3)), np.full(6, -7.5), 3.0),
        case("constant feature", np.column_stack([np.full(5, 4.0), np.arange(5.0)]), _a([1, 3, 2, 5, 4]), 1.0),
        case("duplicate features share the weight", np.repeat(rng.normal(size=(8, 1)), 2, axis=1), rng.normal(size=8), 0.5),
        case("more features than samples", rng.normal(size=(5, 12)), rng.normal(size=5), 0.3),
        case("huge penalty", *_linear_data(rng, 30, 4, 0.1), 1e6),
        case("tiny penalty", *_linear_data(rng, 30, 4, 0.1), 1e-8),
        case("least squares, lam = 0", *_linear_data(rng, 40, 5, 0.5), 0.0),
        case("far from the origin", *_linear_data(rng, 50, 3, 1.0, x_offset=1e3, y_offset=-5e3), 10.0),
        case("perfect fit without penalty", _a([[0, 1], [1, 0], [1, 1], [2, 3]]), _a([1, 2, 3, 7]), 0.0),
    ]
    for k in range(8):
        n = int(rng.integers(2, 200))
        d = int(rng.integers(1, 15))
        X, y = _linear_data(rng, n, d, float(rng.uniform(0.01, 3)), float(rng.normal(0, 5)), float(rng.normal(0, 20)))
        lam = float(10.0 ** rng.uniform(-3, 3)) if n > d + 1 or k % 2 else float(rng.uniform(0.1, 10))
        cases.append(case(f"random {k + 1}", X, y, lam))
    cases.append(case("large", *_linear_data(rng, 20000, 100, 2.0, x_offset=3.0, y_offset=10.0), 50.0))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
