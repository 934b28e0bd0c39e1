import numpy as np

from mldojo.content.testing import case


def _oracle(x, grad_out):
    # Independent formulation: ReLU through the sign function, gradient through a Heaviside step
    # whose value at 0 is 0.
    return (x * (np.sign(x) > 0), grad_out * np.heaviside(x, 0.0))


def public():
    return [
        case("example 1", np.array([-1.0, 0.0, 2.0]), np.array([0.5, 0.5, 0.5])),
        case(
            "example 2",
            np.array([[1.5, -2.0], [3.0, -0.5]]),
            np.array([[0.1, 0.2], [0.3, 0.4]]),
        ),
        case("example 3", np.array([-3.0, 4.0]), np.array([-2.0, -5.0])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0), np.zeros(0)),
        case("all zeros", np.zeros((2, 3)), np.ones((2, 3))),
        case("signed zero", np.array([-0.0, 0.0]), np.array([7.0, 7.0])),
        case("all negative", -rng.uniform(0.1, 5.0, size=8), rng.normal(size=8)),
        case("all positive", rng.uniform(0.1, 5.0, size=(3, 3)), rng.normal(size=(3, 3))),
        case("upstream negative where x positive", np.array([2.0, 3.0, -1.0]), np.array([-1.0, -4.0, 9.0])),
        case("tiny and huge", np.array([1e-300, -1e-300, 1e300, -1e300]), np.array([2.0, 3.0, 4.0, 5.0])),
        case("three dimensions", rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 3, 4))),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 25, size=1 + k % 3))
        x = rng.normal(size=shape)
        x[rng.random(shape) < 0.2] = 0.0  # plant exact zeros
        cases.append(case(f"random {k + 1}", x, rng.normal(0, 3, size=shape)))
    x = rng.normal(size=(500, 1000))
    x[rng.random(x.shape) < 0.05] = 0.0
    cases.append(case("large", x, rng.normal(size=(500, 1000))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
