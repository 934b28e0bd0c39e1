import numpy as np
from scipy.spatial.distance import cdist

from mldojo.content.testing import case


def _oracle(X, k, u):
    # Independent form: recompute D^2 from scratch with scipy's cdist and sample by searchsorted.
    n = X.shape[0]
    chosen = [int(np.floor(u[0] * n))]
    for c in range(1, k):
        d2 = cdist(X, X[chosen], metric="sqeuclidean").min(axis=1)
        cumulative = np.cumsum(d2)
        chosen.append(int(np.searchsorted(cumulative, u[c] * cumulative[-1], side="right")))
    idx = np.array(chosen, dtype=np.int64)
    return (X[idx], idx)


def _f(rows):
    return np.array(rows, dtype=np.float64)


def _blobs(rng, n, d, groups, spread):
    centres = rng.normal(0, 10, size=(groups, d))
    return centres[rng.integers(0, groups, size=n)] + rng.normal(0, spread, size=(n, d))


def public():
    return [
        case("example 1", _f([[0], [1], [10]]), 2, _f([0.0, 0.5])),
        case("example 2", _f([[0], [1], [10]]), 2, _f([0.0, 0.005])),
        case("example 3", _f([[0, 0], [0, 0], [3, 4]]), 2, _f([0.5, 0.01])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("k = 1", _f([[1, 2], [3, 4], [5, 6]]), 1, _f([0.999])),
        case("k = n", _f([[0], [2], [5], [9]]), 4, _f([0.3, 0.1, 0.6, 0.9])),
        case("last index first", _f([[0], [4], [7]]), 2, _f([0.99, 0.2])),
        # The nearest-centre rule matters: point 3 is close to centre 0 but far from the last centre.
        case("nearest, not last, centre", _f([[0, 0], [10, 0], [5, 9], [0.5, 0], [10, 1]]), 3, _f([0.0, 0.3, 0.05])),
        case("many duplicates", _f([[1, 1]] * 6 + [[2, 2]] * 3 + [[9, 9]]), 3, _f([0.1, 0.5, 0.95])),
        case("small draws pick near points", _f([[0], [0.1], [0.2], [100]]), 3, _f([0.0, 0.00001, 0.00001])),
    ]
    for t in range(8):
        n, d = int(rng.integers(5, 300)), int(rng.integers(1, 6))
        k = int(rng.integers(2, min(n, 12) + 1))
        X = _blobs(rng, n, d, int(rng.integers(1, 6)), [0.1, 1.0, 5.0][t % 3])
        cases.append(case(f"random {t + 1}", X, k, rng.random(k)))
    X = _blobs(rng, 20000, 20, 10, 1.0)
    cases.append(case("large", X, 30, rng.random(30)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
