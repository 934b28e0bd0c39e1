import numpy as np

from mldojo.content.testing import case


def _oracle(dout, x, gamma, eps):
    # Independent: backpropagate node by node through the forward graph
    # mu -> d = x - mu -> var -> s = sqrt(var + eps) -> x_hat = d / s -> y = gamma x_hat + beta.
    n = x.shape[0]
    mu = np.sum(x, axis=0) / n
    d = x - mu
    var = np.sum(d**2, axis=0) / n
    s = np.sqrt(var + eps)
    x_hat = d / s
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx_hat = dout * gamma
    dd = dx_hat / s  # through x_hat = d / s, d direct
    ds = -np.sum(dx_hat * d, axis=0) / s**2  # through x_hat = d / s, s
    dvar = ds / (2.0 * s)
    dd = dd + dvar * 2.0 * d / n  # through var = mean(d^2)
    dmu = -np.sum(dd, axis=0)  # d = x - mu
    dx = dd + dmu / n  # mu = mean(x)
    return dx, dgamma, dbeta


def _a(values):
    return np.array(values, dtype=np.float64)


def _layer(rng, n, d, scale=1.0, shift=0.0, eps=1e-5):
    return (
        rng.normal(size=(n, d)),
        shift + scale * rng.normal(size=(n, d)),
        rng.uniform(0.5, 2.0, size=d) * rng.choice([-1.0, 1.0], size=d),
        eps,
    )


def public():
    return [
        case("example 1", _a([[1], [-1]]), _a([[1], [3]]), _a([1]), 0.0),
        case(
            "example 2",
            _a([[1, 1], [1, 1], [1, 1]]),
            _a([[0, 5], [1, 5], [2, 5]]),
            _a([2, 3]),
            1e-5,
        ),
        case("example 3", _a([[1], [0], [0]]), _a([[0], [1], [2]]), _a([1]), 0.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("two rows", *_layer(rng, 2, 3)),
        case(
            "constant feature: variance 0, eps decides",
            rng.normal(size=(5, 2)),
            _a([[1, 0], [1, 1], [1, 2], [1, 3], [1, 4]]),
            _a([1.5, -1.0]),
            1e-5,
        ),
        case(
            "zero upstream gradient", np.zeros((4, 3)), rng.normal(size=(4, 3)), _a([1, 2, 3]), 1e-5
        ),
        case(
            "upstream gradient constant per column",
            np.tile(_a([[1.0, -2.0, 0.5]]), (6, 1)),
            rng.normal(size=(6, 3)),
            _a([1, 1, 1]),
            1e-5,
        ),
        case(
            "upstream gradient proportional to x",
            *(lambda x: (3.0 * x, x, _a([1.0, 2.0]), 1e-8))(rng.normal(size=(7, 2))),
        ),
        case("gamma zero", rng.normal(size=(5, 3)), rng.normal(size=(5, 3)), _a([0, 0, 0]), 1e-5),
        case("large offset", *_layer(rng, 50, 4, scale=1.0, shift=1e6)),
        case("large eps", *_layer(rng, 20, 3, scale=0.01, eps=1.0)),
        case("tiny spread", *_layer(rng, 30, 3, scale=1e-3, eps=1e-8)),
        case("one feature, many rows", *_layer(rng, 500, 1)),
    ]
    for k in range(8):
        n, d = int(rng.integers(2, 200)), int(rng.integers(1, 40))
        cases.append(
            case(
                f"random {k + 1}",
                *_layer(
                    rng,
                    n,
                    d,
                    scale=float(rng.uniform(0.1, 10)),
                    shift=float(rng.normal(0, 5)),
                    eps=float(10.0 ** rng.uniform(-8, -2)),
                ),
            )
        )
    cases.append(case("large", *_layer(rng, 2048, 256)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
