import numpy as np
from scipy.spatial.distance import cdist

from mldojo.content.testing import case


def _oracle(A, B):
    # scipy's cosine distance is 1 - cos; pairs with a zero row are set to 0 afterwards.
    # (sklearn's cosine_similarity is not used: it treats very short vectors as zero vectors.)
    S = np.zeros((A.shape[0], B.shape[0]))
    a_ok, b_ok = np.any(A != 0, axis=1), np.any(B != 0, axis=1)
    if a_ok.any() and b_ok.any():
        S[np.ix_(a_ok, b_ok)] = 1.0 - cdist(A[a_ok], B[b_ok], "cosine")
    return S


def _a(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1, 0], [0, 1]]), _a([[1, 1]])),
        case("example 2", _a([[1, 2, 3]]), _a([[2, 4, 6], [-1, -2, -3]])),
        case("example 3", _a([[0, 0], [3, 4]]), _a([[4, 3], [0, 0]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one dimension", _a([[2], [-3], [0]]), _a([[5], [-0.5]])),
        case("all rows zero", np.zeros((2, 3)), rng.normal(size=(4, 3))),
        case("both zero", np.zeros((1, 4)), np.zeros((2, 4))),
        case("orthogonal basis", np.eye(5), np.eye(5)[::-1]),
        case("very short vectors", 1e-6 * rng.normal(size=(3, 4)), 1e-7 * rng.normal(size=(2, 4))),
        case("extreme scales", _a([[1e-50, 2e-50], [1e50, -3e50]]), _a([[3e49, 1e49], [-2e-45, 5e-46]])),
        case("mixed zero and non-zero rows", _a([[0, 0, 0], [1, 2, 2], [0, 0, 0], [-1, 0, 0]]), _a([[2, 1, 2], [0, 0, 0]])),
        case("nearly parallel", _a([[1, 1e-9]]), _a([[1, -1e-9], [1, 0]])),
    ]
    X = rng.normal(size=(5, 4))
    cases.append(case("a set with itself", X, X.copy()))
    for k in range(8):
        n, m, d = (int(v) for v in rng.integers(1, 40, size=3))
        A, B = rng.normal(size=(n, d)), rng.normal(size=(m, d))
        A *= 10.0 ** rng.uniform(-8, 8, size=(n, 1))  # rows of very different lengths
        if k % 2:
            A[rng.random(n) < 0.2] = 0.0
            B[rng.random(m) < 0.2] = 0.0
        cases.append(case(f"random {k + 1}", A, B))
    A, B = rng.normal(size=(1000, 64)), rng.normal(size=(1000, 64))
    A[::97] = 0.0
    cases.append(case("large", A, B))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
