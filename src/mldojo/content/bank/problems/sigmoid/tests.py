import numpy as np
from scipy.special import expit

from mldojo.content.testing import case


def public():
    return [
        case("example 1", np.array([0.0, 2.0, -2.0])),
        case("example 2", np.array([[800.0, -800.0, 0.0]])),
        case("example 3", np.array([-40.0])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0)),
        case("zeros in 2-D", np.zeros((3, 4))),
        case("overflow boundary", np.array([-745.0, -710.0, -709.0, 709.0, 710.0, 745.0])),
        case("the extremes", np.array([-1000.0, 1000.0, -1000.0])),
        case("left tail, relative accuracy", -np.linspace(20.0, 690.0, 68)),
        case("just below -37", np.array([-36.0, -37.0, -38.0, -50.0, -100.0])),
        case("right tail", np.linspace(15.0, 60.0, 10)),
        case("tiny inputs", np.array([1e-12, -1e-12, 1e-300, -1e-300])),
        case("three dimensions", rng.normal(0, 50, size=(2, 3, 4))),
        case("column vector", np.array([[-900.0], [0.5], [900.0]])),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 30, size=1 + k % 2))
        scale = [1.0, 10.0, 100.0, 400.0][k % 4]
        cases.append(case(f"random {k + 1}", np.clip(rng.normal(0, scale, size=shape), -1000.0, 1000.0)))
    cases.append(case("large", rng.normal(0, 30, size=(1000, 1000))))
    return [case(c.name, *c.args, expected=expit(c.args[0])) for c in cases]
