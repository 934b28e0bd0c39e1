import numpy as np
from sklearn.naive_bayes import GaussianNB

from mldojo.content.testing import case


def _oracle(X_train, y_train, X_test, var_smoothing):
    # scikit-learn's GaussianNB uses exactly this smoothing: var_smoothing * max feature variance.
    model = GaussianNB(var_smoothing=var_smoothing).fit(X_train, y_train)
    return (model.predict(X_test).astype(np.int64), model.predict_proba(X_test))


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def _blobs(rng, n, d, labels, spread):
    centres = rng.normal(0, 4, size=(len(labels), d))
    scales = rng.uniform(0.3, 2.0, size=(len(labels), d)) * spread
    which = rng.integers(0, len(labels), size=n)
    which[: len(labels)] = np.arange(len(labels))  # every class appears
    X = centres[which] + rng.normal(size=(n, d)) * scales[which]
    return X, np.asarray(labels, dtype=np.int64)[which]


def public():
    return [
        case("example 1", _a([[0], [2], [10], [12]]), _i([0, 0, 1, 1]), _a([[1], [11]]), 1e-9),
        case("example 2", _a([[-1], [1], [-1], [1], [-1], [1]]), _i([3, 3, 7, 7, 7, 7]), _a([[0], [5]]), 1e-9),
        case("example 3", _a([[0], [0], [4]]), _i([0, 0, 1]), _a([[1], [3]]), 0.1),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one class", rng.normal(size=(5, 2)), _i([4] * 5), rng.normal(size=(3, 2)), 1e-9),
        case("single-row classes", _a([[0, 0], [5, 1], [2, 8]]), _i([0, 1, 2]), _a([[1, 1], [4, 4]]), 1e-2),
        case("feature constant within a class", _a([[1, 0], [1, 1], [1, 2], [3, 5], [4, 6]]), _i([0, 0, 0, 1, 1]), _a([[1, 1], [2, 3], [3.5, 5.5]]), 1e-9),
        case("smoothing scaled by the largest variance", _a([[0, 0], [0, 100], [1, 0], [1, 100]]), _i([0, 0, 1, 1]), _a([[0.2, 50], [0.9, 40]]), 0.05),
        case("imbalanced classes", rng.normal(size=(200, 3)), np.where(np.arange(200) < 190, 0, 1), rng.normal(size=(10, 3)), 1e-9),
        case("far from every class", *_blobs(rng, 60, 4, [1, 2, 3], 1.0), _a([[500, 500, -500, 500], [-800, 0, 0, 0]]), 1e-9),
        case("many features", *_blobs(rng, 150, 100, [0, 5], 1.0), rng.normal(0, 6, size=(8, 100)), 1e-9),
        case("labels not starting at 0", *_blobs(rng, 50, 2, [9, 4, 17], 1.0), rng.normal(0, 4, size=(12, 2)), 1e-9),
        case("large smoothing", *_blobs(rng, 40, 3, [0, 1], 1.0), rng.normal(0, 4, size=(6, 3)), 1.0),
        case("test point equal to a training row", _a([[0, 0], [1, 1], [5, 5], [6, 7]]), _i([0, 0, 1, 1]), _a([[5, 5]]), 1e-9),
    ]
    for k in range(8):
        n, m, d = int(rng.integers(10, 400)), int(rng.integers(1, 80)), int(rng.integers(1, 12))
        labels = sorted(rng.choice(30, size=int(rng.integers(2, 7)), replace=False).tolist())
        X, y = _blobs(rng, n, d, labels, float(rng.uniform(0.5, 3)))
        cases.append(case(f"random {k + 1}", X, y, rng.normal(0, 5, size=(m, d)), float(10.0 ** rng.uniform(-12, -1))))
    X, y = _blobs(rng, 10000, 100, list(range(10)), 2.0)
    cases.append(case("large", X, y, rng.normal(0, 5, size=(2000, 100)), 1e-9))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
