import numpy as np

from mldojo.content.testing import case


def _oracle(params, grads, m, v, t, lr, beta1, beta2, eps):
    # The same update written with the step size folded in: lr_t = lr·sqrt(1 - b2^t) / (1 - b1^t),
    # and eps scaled to match: eps_t = eps·sqrt(1 - b2^t). Algebraically identical.
    new_m = m + (1.0 - beta1) * (grads - m)
    new_v = v + (1.0 - beta2) * (np.square(grads) - v)
    c2 = np.sqrt(-np.expm1(t * np.log(beta2)))  # sqrt(1 - beta2**t)
    c1 = -np.expm1(t * np.log(beta1))  # 1 - beta1**t
    new_params = params - (lr * c2 / c1) * new_m / (np.sqrt(new_v) + eps * c2)
    return (new_params, new_m, new_v)


DEFAULTS = (0.9, 0.999, 1e-8)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0]), _a([0.5]), _a([0.0]), _a([0.0]), 1, 0.1, *DEFAULTS),
        case("example 2", _a([0.0, 2.0]), _a([-1.0, 0.0]), _a([0.0, 0.0]), _a([0.0, 0.0]), 1, 0.01, *DEFAULTS),
        case("example 3", _a([1.0]), _a([0.2]), _a([0.1]), _a([0.01]), 3, 0.001, *DEFAULTS),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("all-zero gradient, first step", _a([1.0, -2.0, 3.0]), np.zeros(3), np.zeros(3), np.zeros(3), 1, 0.001, *DEFAULTS),
        case("tiny gradients", _a([0.5, -0.5, 1.0]), _a([1e-6, -3e-6, 5e-6]), np.zeros(3), np.zeros(3), 1, 0.001, *DEFAULTS),
        case("tiny gradients, later step", rng.normal(size=5), 2e-6 * rng.normal(size=5), 1e-6 * rng.normal(size=5), 1e-12 * rng.random(5), 7, 0.001, *DEFAULTS),
        case("huge gradients", rng.normal(size=4), 1e6 * rng.normal(size=4), np.zeros(4), np.zeros(4), 1, 0.001, *DEFAULTS),
        case("gradient flips sign", _a([1.0, 1.0]), _a([-0.5, 0.5]), _a([0.3, -0.3]), _a([0.09, 0.09]), 2, 0.01, *DEFAULTS),
        case("late step: little correction", rng.normal(size=6), rng.normal(size=6), 0.1 * rng.normal(size=6), 0.1 * rng.random(6), 100_000, 0.001, *DEFAULTS),
        case("other betas", rng.normal(size=6), rng.normal(size=6), 0.1 * rng.normal(size=6), 0.1 * rng.random(6), 5, 0.003, 0.5, 0.9, 1e-6),
        case("large eps", rng.normal(size=3), 0.01 * rng.normal(size=3), np.zeros(3), np.zeros(3), 1, 0.1, 0.9, 0.999, 1e-2),
        case("matrix-shaped parameters", rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), 0.1 * rng.normal(size=(3, 4)), 0.1 * rng.random((3, 4)), 4, 0.001, *DEFAULTS),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 20, size=1 + k % 2))
        t = int(rng.integers(1, 50)) if k % 2 else 1
        g_scale = float(10.0 ** rng.integers(-5, 2))
        m0 = np.zeros(shape) if t == 1 else g_scale * 0.5 * rng.normal(size=shape)
        v0 = np.zeros(shape) if t == 1 else (g_scale**2) * rng.random(shape)
        cases.append(
            case(
                f"random {k + 1}",
                rng.normal(size=shape),
                g_scale * rng.normal(size=shape),
                m0,
                v0,
                t,
                float(10.0 ** rng.uniform(-4, -1)),
                float(rng.uniform(0.8, 0.95)),
                float(rng.uniform(0.99, 0.9999)),
                1e-8,
            )
        )
    n = 500_000
    cases.append(
        case("large", rng.normal(size=n), rng.normal(size=n), 0.1 * rng.normal(size=n), 0.1 * rng.random(n), 10, 0.001, *DEFAULTS)
    )
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
