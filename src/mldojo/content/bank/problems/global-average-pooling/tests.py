import numpy as np

from mldojo.content.testing import case


def _oracle(x, grad_out):
    # Independent formulation: flatten each map and use a dot product with a vector of weights
    # 1/(H·W); the gradient as an outer product with that same vector.
    n, c, h, w = x.shape
    weights = np.full(h * w, 1.0 / (h * w))
    y = x.reshape(n, c, h * w) @ weights
    grad_x = np.multiply.outer(grad_out, weights).reshape(n, c, h, w)
    return (y, grad_x)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[[[1.0, 2.0], [3.0, 4.0]]]]), _a([[8.0]])),
        case("example 2", _a([[[[1.0, 3.0]], [[-2.0, 2.0]]]]), _a([[1.0, -1.0]])),
        case("example 3", _a([[[[7.0]]]]), _a([[3.0]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("square N = C = H = W", rng.normal(size=(3, 3, 3, 3)), rng.normal(size=(3, 3))),
        case("tall maps", rng.normal(size=(2, 3, 7, 1)), rng.normal(size=(2, 3))),
        case("wide maps", rng.normal(size=(1, 4, 1, 9)), rng.normal(size=(1, 4))),
        case("C equals H", rng.normal(size=(2, 5, 5, 2)), rng.normal(size=(2, 5))),
        case("large offsets", 1e8 + rng.normal(size=(2, 2, 4, 4)), rng.normal(size=(2, 2))),
        case("constant maps", np.full((2, 3, 4, 5), -3.5), np.ones((2, 3))),
    ]
    for k in range(8):
        n, c, h, w = (int(v) for v in rng.integers(1, 9, size=4))
        cases.append(case(f"random {k + 1}", rng.normal(0, 2, size=(n, c, h, w)), rng.normal(size=(n, c))))
    cases.append(case("large", rng.normal(size=(16, 64, 14, 14)), rng.normal(size=(16, 64))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
