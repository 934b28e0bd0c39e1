import numpy as np
from sklearn.linear_model import LinearRegression

from mldojo.content.testing import case


def _oracle(X, y):
    model = LinearRegression(fit_intercept=True).fit(X, y)
    return np.concatenate([[model.intercept_], model.coef_])


def _correlated(rng, n, d, offset=0.0, scale=1.0):
    # Features that mix shared factors, so they are correlated but never collinear.
    mixing = np.eye(d) + 0.5 * rng.normal(size=(d, d)) / np.sqrt(d)
    return offset + scale * rng.normal(size=(n, d)) @ mixing


def public():
    return [
        case("example 1", np.array([[0.0], [1.0], [2.0]]), np.array([1.0, 3.0, 5.0])),
        case("example 2", np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 2.0, 2.0, 4.0])),
        case("example 3", np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([3.0, 4.0, 6.0])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = []
    X = np.array([[2.0], [5.0]])
    cases.append(case("two points", X, np.array([-1.0, 8.0])))
    X = rng.normal(size=(30, 3))
    cases.append(case("constant target", X, np.full(30, 4.5)))
    X = rng.normal(size=(25, 4))
    cases.append(case("noiseless plane", X, X @ np.array([1.5, -2.0, 0.0, 3.25]) - 7.0))
    X = _correlated(rng, 5, 4)
    cases.append(case("n = d + 1, exact fit", X, rng.normal(size=5)))
    X = _correlated(rng, 200, 3, offset=1000.0, scale=5.0)
    cases.append(case("features far from zero", X, X @ np.array([0.2, -0.1, 0.05]) + rng.normal(size=200)))
    X = _correlated(rng, 100, 2)
    cases.append(case("large intercept", X, 1e4 + X @ np.array([3.0, 1.0]) + rng.normal(size=100)))
    X = _correlated(rng, 80, 5)
    cases.append(case("strongly correlated features", X, X @ rng.normal(size=5) + 0.1 * rng.normal(size=80)))
    for k in range(8):
        d = int(rng.integers(1, 12))
        n = int(rng.integers(d + 2, 300))
        X = _correlated(rng, n, d, offset=float(rng.normal(0, 3)), scale=float(rng.uniform(0.5, 4)))
        w = rng.normal(0, 2, size=d)
        cases.append(case(f"random {k + 1}", X, X @ w + rng.normal() + rng.normal(0, 0.5, size=n)))
    X = _correlated(rng, 100_000, 20)
    cases.append(case("large", X, X @ rng.normal(size=20) + 2.0 + rng.normal(size=100_000)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
