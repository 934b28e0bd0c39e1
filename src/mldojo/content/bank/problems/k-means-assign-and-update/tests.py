import numpy as np
from scipy.spatial.distance import cdist

from mldojo.content.testing import case


def _oracle(X, centroids):
    # scipy computes the distances; argmin keeps the first (lowest-index) minimum.
    labels = cdist(X, centroids, "sqeuclidean").argmin(axis=1)
    new = np.array(centroids, dtype=np.float64)
    for j in range(len(centroids)):
        members = X[labels == j]
        if len(members):
            new[j] = members.sum(axis=0) / len(members)
    return (labels, new)


def public():
    return [
        case(
            "example 1",
            np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 10.0], [10.0, 11.0]]),
            np.array([[0.0, 0.0], [10.0, 10.0]]),
        ),
        case("example 2", np.array([[1.0, 0.0], [3.0, 0.0]]), np.array([[0.0, 0.0], [2.0, 0.0]])),
        case(
            "example 3",
            np.array([[1.0, 1.0], [2.0, 2.0]]),
            np.array([[0.0, 0.0], [100.0, 100.0], [1.5, 1.5]]),
        ),
    ]


def _blobs(rng, n, k, d, spread):
    centres = rng.normal(0, 10, size=(k, d))
    which = rng.integers(0, k, size=n)
    return centres[which] + rng.normal(0, spread, size=(n, d))


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one point, one centroid", np.array([[3.0, -4.0]]), np.array([[0.0, 0.0]])),
        case("one centroid takes everything", rng.normal(size=(9, 3)), np.array([[5.0, 5.0, 5.0]])),
        case("one dimension", np.array([[0.0], [1.0], [2.0], [9.0]]), np.array([[1.0], [8.0]])),
        case(
            "three-way tie",
            np.array([[0.0, 0.0], [5.0, 5.0]]),
            np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0]]),
        ),
        case(
            "ties on a grid",
            np.array([[x, y] for x in range(5) for y in range(5)], dtype=np.float64),
            np.array([[1.0, 1.0], [3.0, 1.0], [1.0, 3.0], [3.0, 3.0]]),
        ),
        case(
            "duplicate centroids",
            np.array([[0.0, 0.0], [1.0, 1.0], [4.0, 4.0]]),
            np.array([[1.0, 1.0], [1.0, 1.0], [4.0, 4.0]]),
        ),
        case(
            "several empty clusters",
            rng.normal(0, 0.1, size=(20, 2)),
            np.array([[50.0, 50.0], [0.0, 0.0], [-50.0, 50.0], [50.0, -50.0]]),
        ),
        case(
            "L1 and L2 disagree",
            np.array([[0.0, 0.0], [3.0, 3.0]]),
            np.array([[4.0, 0.0], [2.9, 2.9]]),
        ),
        case("more centroids than points", rng.normal(size=(3, 2)), rng.normal(size=(6, 2))),
    ]
    for k in range(8):
        n = int(rng.integers(1, 400))
        kk = int(rng.integers(1, 10))
        d = int(rng.integers(1, 6))
        X = _blobs(rng, n, kk, d, spread=float(rng.uniform(0.5, 5)))
        C = X[rng.integers(0, n, size=kk)] + rng.normal(0, 1, size=(kk, d))
        cases.append(case(f"random {k + 1}", X, C))
    X = _blobs(rng, 200_000, 6, 5, spread=3.0)
    cases.append(case("large", X, rng.normal(0, 10, size=(6, 5))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
