import numpy as np

from mldojo.content.testing import case


def _oracle(params, grads, sq_avg, lr, rho, eps):
    # The average written as an interpolation toward g^2; the step through np.reciprocal.
    new_v = sq_avg + (1.0 - rho) * (np.square(grads) - sq_avg)
    new_v = np.maximum(new_v, 0.0)  # interpolation can round a hair below 0 when g = v = 0
    return (params - lr * (grads * np.reciprocal(np.sqrt(new_v) + eps)), new_v)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0]), _a([2.0]), _a([0.0]), 0.01, 0.75, 1e-8),
        case("example 2", _a([0.0, 0.0]), _a([4.0, -0.25]), _a([16.0, 0.0625]), 0.1, 0.9, 1e-8),
        case("example 3", _a([5.0]), _a([0.0]), _a([9.0]), 0.1, 0.5, 1e-8),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0), np.zeros(0), np.zeros(0), 0.01, 0.9, 1e-8),
        case("all zero state and gradient", _a([1.0, 2.0]), np.zeros(2), np.zeros(2), 0.01, 0.9, 1e-8),
        case("tiny gradients, fresh state", rng.normal(size=6), 1e-6 * rng.normal(size=6), np.zeros(6), 0.001, 0.9, 1e-8),
        case("tiny gradients, small state", rng.normal(size=6), 3e-7 * rng.normal(size=6), 1e-13 * rng.random(6), 0.01, 0.99, 1e-8),
        case("huge gradients", rng.normal(size=4), 1e5 * rng.normal(size=4), np.zeros(4), 0.001, 0.9, 1e-8),
        case("gradient much larger than history", _a([0.0]), _a([10.0]), _a([0.01]), 0.01, 0.99, 1e-8),
        case("large eps", rng.normal(size=3), 0.01 * rng.normal(size=3), np.zeros(3), 0.1, 0.9, 1e-2),
        case("matrix parameters", rng.normal(size=(3, 5)), rng.normal(size=(3, 5)), rng.random((3, 5)), 0.01, 0.9, 1e-8),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 20, size=1 + k % 2))
        scale = float(10.0 ** rng.integers(-5, 2))
        cases.append(
            case(
                f"random {k + 1}",
                rng.normal(size=shape),
                scale * rng.normal(size=shape),
                (scale**2) * rng.random(shape),
                float(10.0 ** rng.uniform(-4, -1)),
                float(rng.uniform(0.8, 0.999)),
                1e-8,
            )
        )
    n = 400_000
    cases.append(case("large", rng.normal(size=n), rng.normal(size=n), rng.random(n), 0.001, 0.99, 1e-8))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
