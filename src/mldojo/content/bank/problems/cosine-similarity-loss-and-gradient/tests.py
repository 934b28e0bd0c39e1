import numpy as np
from scipy.spatial.distance import cosine

from mldojo.content.testing import case


def _oracle(a, b):
    # Loss from SciPy's cosine distance per row; gradient from the Jacobian of a -> a/|a|,
    # (I - a_hat a_hat^T) / |a|, applied to b_hat, written with einsum.
    n, d = a.shape
    scale_a = np.max(np.abs(a), axis=1, keepdims=True)
    scale_b = np.max(np.abs(b), axis=1, keepdims=True)
    u, v = a / scale_a, b / scale_b  # rescale first; cosine is scale free
    loss = float(np.mean([cosine(u[i], v[i]) for i in range(n)]))
    nu = np.sqrt(np.einsum("ij,ij->i", u, u))[:, None]
    u_hat = u / nu
    v_hat = v / np.sqrt(np.einsum("ij,ij->i", v, v))[:, None]
    proj = np.einsum("ij,ij->i", u_hat, v_hat)[:, None]
    grad = -(v_hat - proj * u_hat) / (nu * scale_a) / n
    return (loss, grad)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1.0, 0.0]]), _a([[0.0, 2.0]])),
        case("example 2", _a([[3.0, 4.0]]), _a([[6.0, 8.0]])),
        case("example 3", _a([[1.0, 0.0], [1.0, 0.0]]), _a([[1.0, 0.0], [-1.0, 0.0]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single dimension", _a([[2.0], [-3.0], [0.5]]), _a([[5.0], [4.0], [-1.0]])),
        case("huge vectors", 1e90 * rng.normal(size=(4, 6)), 1e95 * rng.normal(size=(4, 6))),
        case("tiny vectors", 1e-90 * rng.normal(size=(3, 5)), 1e-80 * rng.normal(size=(3, 5))),
        case("mixed scales per row", rng.normal(size=(3, 4)) * _a([[1e-50], [1.0], [1e50]]), rng.normal(size=(3, 4))),
        case("nearly parallel", _a([[1.0, 1e-4, 0.0]]), _a([[2.0, 0.0, 0.0]])),
        case("tall and thin", rng.normal(size=(300, 2)), rng.normal(size=(300, 2))),
        case("square", rng.normal(size=(5, 5)), rng.normal(size=(5, 5))),
    ]
    for k in range(8):
        n, d = int(rng.integers(1, 60)), int(rng.integers(2, 40))
        a = rng.normal(size=(n, d)) * rng.uniform(0.1, 10.0)
        b = a + rng.normal(size=(n, d)) * float(rng.uniform(0.1, 3.0))
        cases.append(case(f"random {k + 1}", a, b))
    cases.append(case("large", rng.normal(size=(2000, 256)), rng.normal(size=(2000, 256))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
