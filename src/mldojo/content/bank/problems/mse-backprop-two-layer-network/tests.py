import numpy as np

from mldojo.content.testing import case


def _oracle(X, Y, W1, b1, W2, b2):
    # Independent formulation: per-sample outer products summed with einsum, and the ReLU
    # derivative as a Heaviside step with value 0 at 0.
    n, k = Y.shape
    Z1 = np.einsum("nd,dh->nh", X, W1) + b1[None, :]
    A1 = Z1 * np.heaviside(Z1, 0.0)
    R = np.einsum("nh,hk->nk", A1, W2) + b2[None, :] - Y
    loss = float(np.einsum("nk,nk->", R, R) / (n * k))
    G = R * (2.0 / (n * k))
    dW2 = np.einsum("nh,nk->hk", A1, G)
    db2 = np.einsum("nk->k", G)
    H = np.einsum("nk,hk->nh", G, W2) * np.heaviside(Z1, 0.0)
    dW1 = np.einsum("nd,nh->dh", X, H)
    db1 = np.einsum("nh->h", H)
    return (loss, dW1, db1, dW2, db2)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1.0]]), _a([[3.0]]), _a([[2.0]]), _a([0.0]), _a([[1.0]]), _a([0.0])),
        case("example 2", _a([[1.0]]), _a([[3.0]]), _a([[-2.0]]), _a([0.0]), _a([[1.0]]), _a([1.0])),
        case(
            "example 3",
            _a([[1.0], [2.0]]),
            _a([[0.0, 0.0], [0.0, 0.0]]),
            _a([[1.0]]),
            _a([0.0]),
            _a([[1.0, -1.0]]),
            _a([0.0, 0.0]),
        ),
    ]


def _net(rng, n, d, h, k, integer=False):
    if integer:
        # Small integers make many pre-activations exactly 0.
        draw = lambda *s: rng.integers(-2, 3, size=s).astype(np.float64)  # noqa: E731
    else:
        draw = lambda *s: rng.normal(size=s)  # noqa: E731
    return (draw(n, d), draw(n, k), draw(d, h), draw(h), draw(h, k), draw(k))


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("all hidden units dead", _a([[1.0, 2.0]]), _a([[1.0, -1.0]]), -np.ones((2, 3)), _a([-1.0, 0.0, -0.5]), np.ones((3, 2)), _a([0.5, 0.5])),
        case("pre-activations exactly zero", *_net(rng, 12, 3, 5, 2, integer=True)),
        case("zeros on the boundary, wide output", *_net(rng, 20, 4, 6, 5, integer=True)),
        case("perfect fit", _a([[1.0], [2.0]]), _a([[2.0], [4.0]]), _a([[2.0]]), _a([0.0]), _a([[1.0]]), _a([0.0])),
        case("single sample, many outputs", *_net(rng, 1, 4, 3, 7)),
        case("large targets", *(a * s for a, s in zip(_net(rng, 8, 3, 4, 3), (1.0, 1e4, 1.0, 1.0, 1.0, 1.0), strict=True))),
    ]
    for j in range(8):
        n, d, h, k = (int(v) for v in rng.integers(1, (60, 12, 20, 6)))
        cases.append(case(f"random {j + 1}", *_net(rng, n, d, h, k, integer=j % 3 == 0)))
    cases.append(case("large", *_net(rng, 1000, 128, 128, 16)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
