import numpy as np

from mldojo.content.testing import case


def _oracle(params, grads, velocity, lr, momentum, nesterov):
    # Closed form of the step in terms of the old velocity:
    # plain: lr (mu v + g); Nesterov: lr ((1 + mu) g + mu^2 v).
    new_v = grads + momentum * velocity
    if nesterov:
        new_p = params - lr * ((1.0 + momentum) * grads + (momentum * momentum) * velocity)
    else:
        new_p = params - lr * momentum * velocity - lr * grads
    return (new_p, new_v)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0]), _a([0.5]), _a([0.0]), 0.1, 0.9, False),
        case("example 2", _a([1.0]), _a([0.5]), _a([1.0]), 0.1, 0.9, False),
        case("example 3", _a([1.0]), _a([0.5]), _a([1.0]), 0.1, 0.9, True),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0), np.zeros(0), np.zeros(0), 0.1, 0.9, True),
        case("momentum 0 is plain SGD", _a([1.0, -2.0]), _a([0.3, -0.7]), _a([5.0, 5.0]), 0.5, 0.0, False),
        case("momentum 0 with Nesterov", _a([1.0, -2.0]), _a([0.3, -0.7]), _a([5.0, 5.0]), 0.5, 0.0, True),
        case("zero gradient coasts", _a([0.0, 1.0, 2.0]), np.zeros(3), _a([1.0, -1.0, 0.5]), 0.01, 0.99, False),
        case("zero gradient coasts, Nesterov", _a([0.0, 1.0, 2.0]), np.zeros(3), _a([1.0, -1.0, 0.5]), 0.01, 0.99, True),
        case("gradient opposes velocity", _a([3.0]), _a([-2.0]), _a([4.0]), 0.1, 0.5, True),
        case("matrix parameters", rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), 0.05, 0.9, False),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 20, size=1 + k % 2))
        scale = float(10.0 ** rng.integers(-3, 3))
        cases.append(
            case(
                f"random {k + 1}",
                rng.normal(size=shape),
                scale * rng.normal(size=shape),
                scale * rng.normal(size=shape),
                float(10.0 ** rng.uniform(-4, -0.5)),
                float(rng.uniform(0.5, 0.99)),
                bool(k % 2),
            )
        )
    n = 400_000
    cases.append(case("large", rng.normal(size=n), rng.normal(size=n), rng.normal(size=n), 0.01, 0.9, True))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
