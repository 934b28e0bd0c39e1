import numpy as np

from mldojo.content.testing import case


def _oracle(x, grad_out, alpha):
    # Independent formulation: split into positive and non-positive parts, and a Heaviside step
    # whose value at 0 is 0 for the slope.
    step = np.heaviside(x, 0.0)
    return (np.maximum(x, 0.0) + alpha * np.minimum(x, 0.0), grad_out * (alpha + (1.0 - alpha) * step))


def public():
    return [
        case("example 1", np.array([-2.0, 0.0, 3.0]), np.array([1.0, 1.0, 1.0]), 0.1),
        case("example 2", np.array([[-1.0, 4.0]]), np.array([[-2.0, 0.5]]), 0.01),
        case("example 3", np.array([-5.0, 5.0]), np.array([2.0, 2.0]), 0.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0), np.zeros(0), 0.2),
        case("all zeros", np.zeros((2, 3)), rng.normal(size=(2, 3)), 0.3),
        case("signed zero", np.array([-0.0, 0.0]), np.array([4.0, -4.0]), 0.25),
        case("upstream sign differs from input sign", np.array([-1.0, -2.0, 3.0, 4.0]), np.array([5.0, -1.0, -2.0, 6.0]), 0.1),
        case("all negative", -rng.uniform(0.1, 5.0, size=7), rng.normal(size=7), 0.05),
        case("huge and tiny", np.array([1e300, -1e300, 1e-300, -1e-300]), np.array([1.0, 2.0, 3.0, 4.0]), 0.5),
        case("alpha near one", rng.normal(size=(3, 3)), rng.normal(size=(3, 3)), 0.99),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 25, size=1 + k % 3))
        x = rng.normal(size=shape)
        x[rng.random(shape) < 0.15] = 0.0
        cases.append(case(f"random {k + 1}", x, rng.normal(0, 3, size=shape), float(rng.uniform(0.01, 0.5))))
    x = rng.normal(size=(400, 500))
    x[rng.random(x.shape) < 0.05] = 0.0
    cases.append(case("large", x, rng.normal(size=(400, 500)), 0.01))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
