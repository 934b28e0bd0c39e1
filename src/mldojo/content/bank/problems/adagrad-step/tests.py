import numpy as np

from mldojo.content.testing import case


def _oracle(params, grads, acc, lr, eps):
    # sqrt(G + g^2) written as np.hypot(sqrt(G), g): the same number by another route.
    root = np.hypot(np.sqrt(acc), grads)
    return (params - lr * grads / (root + eps), acc + np.square(grads))


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0]), _a([0.5]), _a([0.0]), 0.1, 1e-10),
        case("example 2", _a([1.0, 1.0]), _a([3.0, 0.0]), _a([16.0, 4.0]), 0.5, 1e-10),
        case("example 3", _a([0.0]), _a([-1.0]), _a([99.0]), 1.0, 1e-10),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("zero gradient, zero history", _a([1.0, -2.0]), np.zeros(2), np.zeros(2), 0.01, 1e-10),
        case(
            "tiny gradients, first step",
            _a([0.5, -0.5]),
            _a([1e-7, -3e-7]),
            np.zeros(2),
            0.01,
            1e-6,
        ),
        case(
            "tiny gradients, long history",
            rng.normal(size=4),
            1e-7 * rng.normal(size=4),
            1e-12 * rng.random(4),
            0.01,
            1e-8,
        ),
        case(
            "huge gradients", rng.normal(size=5), 1e5 * rng.normal(size=5), np.zeros(5), 0.1, 1e-10
        ),
        case(
            "large eps",
            rng.normal(size=3),
            0.01 * rng.normal(size=3),
            1e-4 * rng.random(3),
            0.1,
            0.1,
        ),
        case(
            "matrix-shaped",
            rng.normal(size=(3, 4)),
            rng.normal(size=(3, 4)),
            5 * rng.random((3, 4)),
            0.05,
            1e-10,
        ),
        case(
            "long history damps the step",
            rng.normal(size=6),
            rng.normal(size=6),
            1e4 * rng.random(6),
            1.0,
            1e-10,
        ),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 15, size=1 + k % 3))
        g_scale = float(10.0 ** rng.integers(-4, 2))
        acc = np.zeros(shape) if k % 2 == 0 else (g_scale**2) * 10 * rng.random(shape)
        cases.append(
            case(
                f"random {k + 1}",
                rng.normal(size=shape),
                g_scale * rng.normal(size=shape),
                acc,
                float(10.0 ** rng.uniform(-3, 0)),
                float(10.0 ** rng.uniform(-10, -6)),
            )
        )
    n = 500_000
    cases.append(case("large", rng.normal(size=n), rng.normal(size=n), rng.random(n), 0.01, 1e-10))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
