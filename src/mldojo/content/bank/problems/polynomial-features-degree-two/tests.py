import numpy as np
from sklearn.preprocessing import PolynomialFeatures

from mldojo.content.testing import case


def _oracle(X, include_bias):
    # scikit-learn's transformer is the reference ordering.
    if X.shape[0] == 0:
        d = X.shape[1]
        return np.zeros((0, int(include_bias) + d + d * (d + 1) // 2))
    return PolynomialFeatures(degree=2, include_bias=include_bias).fit_transform(X).astype(np.float64)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[2.0, 3.0]]), True),
        case("example 2", _a([[-1.0], [5.0]]), False),
        case("example 3", _a([[1.0, 2.0, 3.0]]), False),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("no rows", np.zeros((0, 3)), True),
        case("one feature with bias", _a([[0.0], [2.0], [-3.0]]), True),
        case("distinct primes", _a([[2.0, 3.0, 5.0, 7.0]]), True),
        case("distinct primes, no bias", _a([[2.0, 3.0, 5.0, 7.0], [11.0, 13.0, 17.0, 19.0]]), False),
        case("zeros and negatives", _a([[0.0, -1.0, 2.0], [-2.0, 0.0, 0.5]]), False),
        case("large magnitudes", 1e100 * rng.normal(size=(3, 3)), True),
        case("two features", rng.normal(size=(5, 2)), False),
    ]
    for k in range(8):
        n, d = int(rng.integers(1, 50)), int(rng.integers(1, 12))
        cases.append(case(f"random {k + 1}", rng.normal(0, 3, size=(n, d)), bool(k % 2)))
    cases.append(case("large", rng.normal(size=(500, 40)), True))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
