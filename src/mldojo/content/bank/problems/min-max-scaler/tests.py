import numpy as np
from sklearn.preprocessing import MinMaxScaler

from mldojo.content.testing import case


def _oracle(X_train, X, low, high):
    # scikit-learn's MinMaxScaler (which also treats a zero range as 1).
    scaler = MinMaxScaler(feature_range=(low, high)).fit(X_train)
    if X.shape[0] == 0:
        return np.zeros((0, X.shape[1]))
    return scaler.transform(X).astype(np.float64)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[0.0, 10.0], [5.0, 20.0], [10.0, 30.0]]), _a([[5.0, 10.0]]), 0.0, 1.0),
        case("example 2", _a([[2.0], [4.0]]), _a([[6.0], [0.0]]), -1.0, 1.0),
        case("example 3", _a([[7.0], [7.0]]), _a([[7.0], [8.0]]), 0.0, 2.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty X", rng.normal(size=(4, 3)), np.zeros((0, 3)), 0.0, 1.0),
        case("single training row", _a([[1.0, -2.0, 3.0]]), _a([[1.0, -2.0, 3.0], [2.0, 0.0, 0.0]]), 0.0, 1.0),
        case("constant column among others", _a([[1.0, 5.0], [3.0, 5.0], [2.0, 5.0]]), _a([[2.5, 5.0], [0.0, 6.5]]), -3.0, 3.0),
        case("transform the training data", (X := rng.normal(size=(10, 4))), X.copy(), 0.0, 1.0),
        case("X outside training range", rng.uniform(0, 1, size=(20, 3)), rng.uniform(-5, 5, size=(10, 3)), 0.0, 1.0),
        case("tiny ranges", 1e-9 * rng.normal(size=(6, 2)), 1e-9 * rng.normal(size=(3, 2)), 0.0, 1.0),
        case("large offsets", 1e8 + rng.normal(size=(6, 2)), 1e8 + rng.normal(size=(3, 2)), 0.0, 1.0),
        case("X has different rows", _a([[0.0], [10.0]]), _a([[1.0], [2.0], [3.0]]), 0.0, 1.0),
    ]
    for k in range(8):
        m, n, d = int(rng.integers(1, 60)), int(rng.integers(1, 40)), int(rng.integers(1, 10))
        low = float(rng.uniform(-5, 1))
        high = low + float(rng.uniform(0.5, 10))
        cases.append(case(f"random {k + 1}", rng.normal(0, 4, size=(m, d)), rng.normal(0, 5, size=(n, d)), low, high))
    cases.append(case("large", rng.normal(size=(5000, 60)), rng.normal(size=(5000, 60)), -1.0, 1.0))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
