import numpy as np
from sklearn.metrics import r2_score as sk_r2

from mldojo.content.testing import case


def _oracle(y_true, y_pred):
    # scikit-learn's r2_score; it maps a constant target to 1.0 (exact) or 0.0 (force_finite=True).
    # Center both arrays on the target column means first (R² is shift invariant), so large offsets
    # do not cost the oracle precision.
    center = y_true.mean(axis=0)
    return float(sk_r2(y_true - center, y_pred - center, multioutput="uniform_average"))


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0, 2.0, 3.0]), _a([1.0, 2.0, 4.0])),
        case("example 2", _a([1.0, 2.0, 3.0]), _a([2.0, 2.0, 2.0])),
        case("example 3", _a([[1.0, 5.0], [3.0, 5.0]]), _a([[1.0, 5.0], [3.0, 4.0]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    y = rng.normal(size=40)
    cases = [
        case("perfect", y, y.copy()),
        case("constant target, exact", np.full(5, 3.0), np.full(5, 3.0)),
        case("constant target, inexact", np.full(5, 3.0), _a([3.0, 3.0, 3.0, 3.0, 3.1])),
        case("biased but correlated", y, y + 2.0),
        case("scaled but correlated", y, 3.0 * y),
        case("worse than the mean", y, -y),
        case("two samples", _a([0.0, 1.0]), _a([0.5, 0.25])),
        case("targets near 1e8", 1e8 + (t := rng.normal(size=200)), 1e8 + t + 0.1 * rng.normal(size=200)),
        case("columns of very different scale", np.column_stack([rng.normal(size=30), 1000 * rng.normal(size=30)]), np.column_stack([rng.normal(size=30), 1000 * rng.normal(size=30)])),
        case("one column", (t := rng.normal(size=(25, 1))), t + 0.3 * rng.normal(size=(25, 1))),
    ]
    for k in range(8):
        n = int(rng.integers(2, 200))
        shape = (n,) if k % 2 else (n, int(rng.integers(2, 6)))
        yt = rng.normal(0, 3, size=shape)
        cases.append(case(f"random {k + 1}", yt, 0.8 * yt + rng.normal(0, float(rng.uniform(0.1, 4)), size=shape) + float(rng.normal())))
    yt = rng.normal(size=(100_000, 4))
    cases.append(case("large", yt, yt + rng.normal(size=(100_000, 4))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
