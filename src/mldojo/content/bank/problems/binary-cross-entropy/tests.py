import numpy as np
from scipy.special import xlogy

from mldojo.content.testing import case

EPS = 1e-12


def _oracle(y_true, p):
    # scipy's xlogy(a, b) = a·log(b) with 0·log(anything) = 0, averaged with math.fsum.
    q = np.minimum(np.maximum(p, EPS), 1.0 - EPS)
    terms = xlogy(y_true, q) + xlogy(1.0 - y_true, 1.0 - q)
    return -float(np.add.reduce(terms, dtype=np.float64)) / len(terms)


def public():
    return [
        case("example 1", np.array([1.0, 0.0]), np.array([0.9, 0.1])),
        case("example 2", np.array([1.0, 1.0, 0.0, 0.0]), np.array([0.5, 0.5, 0.5, 0.5])),
        case("example 3", np.array([1.0, 0.0]), np.array([0.0, 1.0])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single example, label 1", np.array([1.0]), np.array([0.25])),
        case("single example, label 0", np.array([0.0]), np.array([0.25])),
        case("certain and right", np.array([1.0, 0.0, 1.0]), np.array([1.0, 0.0, 1.0])),
        case("certain and wrong, p = 1", np.array([0.0, 0.0]), np.array([1.0, 1.0])),
        case("certain and wrong, p = 0", np.array([1.0]), np.array([0.0])),
        case("mixed extremes", np.array([1.0, 0.0, 1.0, 0.0]), np.array([1.0, 0.0, 0.0, 1.0])),
        case("near the clip bounds", np.array([1.0, 0.0, 1.0, 0.0]), np.array([1e-13, 1 - 1e-13, 1e-11, 1 - 1e-11])),
        case("all labels 0", np.zeros(5), np.array([0.1, 0.2, 0.3, 0.4, 0.5])),
        case("all labels 1", np.ones(5), np.array([0.5, 0.6, 0.7, 0.8, 0.999])),
    ]
    for k in range(8):
        n = int(rng.integers(1, 200))
        y = (rng.random(n) < 0.5).astype(np.float64)
        p = rng.random(n)
        if k % 2:  # plant exact 0s and 1s
            p[rng.random(n) < 0.2] = 0.0
            p[rng.random(n) < 0.2] = 1.0
        cases.append(case(f"random {k + 1}", y, p))
    n = 2_000_000
    y = (rng.random(n) < 0.3).astype(np.float64)
    p = rng.random(n)
    p[rng.random(n) < 0.01] = 1.0
    cases.append(case("large", y, p))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
