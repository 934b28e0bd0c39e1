import math

import numpy as np
from scipy.special import huber

from mldojo.content.testing import case


def _oracle(y_pred, y_true, delta):
    # scipy.special.huber(delta, r) is the per-example loss; math.fsum sums it exactly.
    r = y_pred - y_true
    loss = math.fsum(huber(delta, r).tolist()) / r.size
    grad = np.where(np.abs(r) <= delta, r, delta * np.sign(r)) / r.size
    return (loss, grad)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0, 2.0]), _a([1.5, 2.0]), 1.0),
        case("example 2", _a([0.0, 10.0]), _a([0.0, 0.0]), 1.0),
        case("example 3", _a([3.0, -1.0, 0.0]), _a([1.0, 1.0, 0.5]), 2.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single example, quadratic", _a([0.3]), _a([0.0]), 1.0),
        case("single example, linear", _a([-7.0]), _a([2.0]), 0.5),
        case("perfect predictions", _a([1.0, -2.0, 3.5]), _a([1.0, -2.0, 3.5]), 1.0),
        case("residuals exactly at delta", _a([1.5, -1.5, 0.0]), _a([0.0, 0.0, 1.5]), 1.5),
        case("all outliers, one sign", _a([10.0, 20.0, 30.0]), _a([0.0, 0.0, 0.0]), 1.0),
        case("all outliers, negative", _a([-10.0, -20.0]), _a([5.0, 5.0]), 2.0),
        case("huge delta: half the MSE", rng.normal(size=10), rng.normal(size=10), 1e3),
        case("tiny delta: nearly delta times the MAE", rng.normal(size=10), rng.normal(size=10), 1e-3),
        case("large magnitudes", rng.normal(0, 1e5, size=8), rng.normal(0, 1e5, size=8), 50.0),
    ]
    for k in range(8):
        n = int(rng.integers(1, 300))
        y_true = rng.normal(0, 5, size=n)
        y_pred = y_true + rng.standard_t(2, size=n) * rng.uniform(0.1, 5)  # heavy tails: outliers
        cases.append(case(f"random {k + 1}", y_pred, y_true, float(10.0 ** rng.uniform(-1, 1))))
    n = 1_000_000
    y_true = rng.normal(0, 10, size=n)
    cases.append(case("large", y_true + rng.standard_t(3, size=n), y_true, 1.0))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
