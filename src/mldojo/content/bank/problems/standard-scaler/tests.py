import numpy as np
from sklearn.preprocessing import StandardScaler

from mldojo.content.testing import case


def _oracle(X):
    # scikit-learn's StandardScaler uses the population std and leaves (near-)constant columns
    # centred but unscaled, i.e. at 0 up to rounding.
    return StandardScaler().fit_transform(X)


def public():
    return [
        case("example 1", np.array([[1.0, 5.0], [3.0, 5.0]])),
        case("example 2", np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 60.0]])),
        case("example 3", np.array([[0.1], [0.1], [0.1]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one row", np.array([[3.0, -2.0, 7.5]])),
        case("one column", np.array([[1.0], [4.0], [4.0], [7.0]])),
        case("inexact constant columns", np.column_stack([np.full(7, 0.1), rng.normal(size=7), np.full(7, 1 / 3), np.full(7, -2.7)])),
        case("all columns constant", np.tile(np.array([[0.3, 1e9, -4.0]]), (5, 1))),
        case("two distinct values", np.array([[0.0, 1.0], [0.0, 3.0], [2.0, 1.0], [2.0, 3.0]])),
        case("far from zero", 1e6 + rng.normal(0, 1.0, size=(50, 3))),
        case("tiny spread, tiny values", rng.normal(0, 1e-6, size=(20, 2))),
        case("mixed scales", rng.normal(size=(30, 4)) * np.array([1e-3, 1.0, 1e3, 1e6])),
        case("outlier", np.array([[0.0], [0.0], [0.0], [0.0], [1000.0]])),
    ]
    for k in range(8):
        n = int(rng.integers(2, 200))
        d = int(rng.integers(1, 10))
        X = rng.normal(rng.normal(0, 10, size=d), rng.uniform(0.1, 20, size=d), size=(n, d))
        if k % 2:
            X[:, rng.integers(0, d)] = float(rng.normal())  # plant a constant column
        cases.append(case(f"random {k + 1}", X))
    cases.append(case("large", rng.normal(5.0, 3.0, size=(100_000, 10))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
