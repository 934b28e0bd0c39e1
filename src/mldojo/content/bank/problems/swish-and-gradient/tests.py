import numpy as np
from scipy.special import expit

from mldojo.content.testing import case


def _oracle(x, grad_out):
    # scipy's expit is a stable sigmoid, and expit(-x) = 1 - sigma(x) without cancellation.
    s, s_neg = expit(x), expit(-x)
    return (x * s, grad_out * (s + x * s * s_neg))


def public():
    return [
        case("example 1", np.array([0.0, 1.0, -1.0]), np.array([1.0, 1.0, 1.0])),
        case("example 2", np.array([2.0, -3.0]), np.array([0.5, -2.0])),
        case("example 3", np.array([-800.0, 800.0]), np.array([1.0, 1.0])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0), np.zeros(0)),
        case("zeros", np.zeros(4), rng.normal(size=4)),
        case("beyond exp's range", np.array([-1000.0, -710.0, 710.0, 1000.0]), np.array([1.0, 2.0, 3.0, 4.0])),
        case("moderately large", np.array([-40.0, -20.0, 20.0, 40.0]), np.ones(4)),
        case("near the minimum of swish", np.array([-1.2785, -1.2784645, -1.278]), np.array([1.0, -1.0, 2.0])),
        case("negative upstream", np.array([0.5, 1.5, -0.5]), np.array([-3.0, -1.0, -0.25])),
        case("zero upstream", rng.normal(size=(3, 3)), np.zeros((3, 3))),
        case("three dimensions", rng.normal(0, 4, size=(2, 3, 4)), rng.normal(size=(2, 3, 4))),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 30, size=1 + k % 3))
        scale = [1.0, 5.0, 50.0, 400.0][k % 4]
        cases.append(case(f"random {k + 1}", rng.normal(0, scale, size=shape), rng.normal(0, 3, size=shape)))
    x = rng.normal(0, 8, size=(700, 1000))
    x[rng.random(x.shape) < 0.01] *= 150.0  # some values beyond exp's range
    cases.append(case("large", x, rng.normal(size=(700, 1000))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
