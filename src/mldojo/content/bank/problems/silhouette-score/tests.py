import numpy as np
from sklearn.metrics import silhouette_samples

from mldojo.content.testing import case


def _oracle(X, labels):
    # scikit-learn's silhouette_samples has the same conventions (0 for singletons and for 0/0).
    return silhouette_samples(X, labels, metric="euclidean")


def _f(rows):
    return np.array(rows, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def _blobs(rng, n, d, k, spread):
    centres = rng.normal(0, 5, size=(k, d))
    labels = rng.integers(0, k, size=n)
    labels[:k] = np.arange(k)  # every cluster is present
    return centres[labels] + rng.normal(0, spread, size=(n, d)), labels.astype(np.int64)


def public():
    return [
        case("example 1", _f([[0], [1], [10], [11]]), _i([0, 0, 1, 1])),
        case("example 2", _f([[0], [1], [2]]), _i([0, 0, 1])),
        case("example 3", _f([[0], [4], [1]]), _i([3, 3, 7])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("two singletons and a pair", _f([[0, 0], [0, 1], [5, 5], [9, 0]]), _i([1, 1, 2, 3])),
        case("identical points in two clusters", _f([[1, 1]] * 4), _i([0, 0, 1, 1])),
        case("duplicates inside a cluster", _f([[0], [0], [0], [3], [4]]), _i([0, 0, 0, 1, 1])),
        case("negative labels", _f([[0], [1], [2], [10]]), _i([-4, -4, 8, 8])),
        # The nearest other cluster differs from the average of all others.
        case("three clusters on a line", _f([[0], [1], [3], [4], [100], [101]]), _i([0, 0, 1, 1, 2, 2])),
        case("bad clustering", _f([[0], [10], [1], [11]]), _i([0, 0, 1, 1])),
    ]
    for t in range(8):
        n, d, k = int(rng.integers(6, 150)), int(rng.integers(1, 6)), int(rng.integers(2, 6))
        X, labels = _blobs(rng, n, d, k, [0.3, 2.0, 6.0][t % 3])
        if t % 4 == 3:
            labels = labels * 7 - 3
        cases.append(case(f"random {t + 1}", X, labels))
    X, labels = _blobs(rng, 2000, 10, 8, 2.0)
    cases.append(case("large", X, labels))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
