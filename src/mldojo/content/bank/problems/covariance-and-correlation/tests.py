import warnings

import numpy as np

from mldojo.content.testing import case


def _oracle(X):
    # NumPy's own estimators: np.cov with features in columns, np.corrcoef (nan for constant columns).
    C = np.atleast_2d(np.cov(X, rowvar=False))
    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore")
        R = np.atleast_2d(np.corrcoef(X, rowvar=False))
    constant = np.diag(C) == 0
    R[constant, :] = np.nan
    R[:, constant] = np.nan
    return (C, R)


def _f(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _f([[1, 2], [2, 4], [3, 6]])),
        case("example 2", _f([[1, 3], [2, 1], [3, 2]])),
        case("example 3", _f([[1, 5], [3, 5]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("two samples, one feature", _f([[2.0], [-4.0]])),
        case("one feature", rng.normal(size=(20, 1))),
        case("anti-correlated", _f([[1, -1], [2, -2], [4, -4], [8, -8]])),
        case("constant column among others", np.column_stack([rng.normal(size=8), np.full(8, -5.0), rng.normal(size=8)])),
        case("all columns constant", np.tile(_f([[2.0, 4.0, -1.0]]), (5, 1))),
        case("large mean, unit spread", 1e9 + rng.normal(size=(200, 3))),
        case("mixed scales", rng.normal(size=(50, 4)) * _f([1e-6, 1.0, 1e3, 1e6])),
        case("more features than samples", rng.normal(size=(3, 6))),
    ]
    for t in range(8):
        n, d = int(rng.integers(2, 300)), int(rng.integers(1, 12))
        A = rng.normal(size=(d, d))
        X = rng.normal(size=(n, d)) @ A + rng.normal(0, [1, 100, 1e5][t % 3], size=d)
        cases.append(case(f"random {t + 1}", X))
    cases.append(case("large", rng.normal(size=(20000, 50)) @ rng.normal(size=(50, 50)) * 0.1 + 1e6))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
