import numpy as np
from sklearn.impute import SimpleImputer

from mldojo.content.testing import case

NAN = np.nan


def _oracle(X_train, X, strategy):
    # scikit-learn's SimpleImputer, keeping all-missing columns with a fill value of 0.
    imputer = SimpleImputer(strategy=strategy, keep_empty_features=True).fit(X_train)
    stats = imputer.statistics_.astype(np.float64)
    filled = imputer.transform(X) if X.shape[0] else np.zeros((0, X.shape[1]))
    return (stats, np.asarray(filled, dtype=np.float64))


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1.0, NAN], [3.0, 4.0], [NAN, 8.0]]), _a([[NAN, NAN]]), "mean"),
        case("example 2", _a([[1.0], [2.0], [10.0], [NAN]]), _a([[NAN], [5.0]]), "median"),
        case("example 3", _a([[NAN, 1.0], [NAN, 2.0]]), _a([[NAN, NAN]]), "median"),
    ]


def _holes(rng, shape, rate):
    X = rng.normal(0, 5, size=shape)
    X[rng.random(shape) < rate] = NAN
    return X


def hidden(seed):
    rng = np.random.default_rng(seed)
    skewed = _a([[1.0], [2.0], [3.0], [1000.0], [NAN]])
    cases = [
        case("no missing values", rng.normal(size=(6, 3)), _a([[1.0, 2.0, 3.0]]), "mean"),
        case("empty X", _holes(rng, (5, 2), 0.3), np.zeros((0, 2)), "median"),
        case("skewed column, mean", skewed, _a([[NAN], [NAN]]), "mean"),
        case("skewed column, median", skewed, _a([[NAN], [NAN]]), "median"),
        case("even count median", _a([[4.0, 1.0], [1.0, NAN], [3.0, 5.0], [2.0, 9.0]]), _a([[NAN, NAN]]), "median"),
        case("all-missing training column", _a([[NAN, 2.0], [NAN, 4.0], [NAN, NAN]]), _a([[NAN, NAN], [7.0, NAN]]), "mean"),
        case("single observed value", _a([[NAN], [NAN], [-3.5]]), _a([[NAN]]), "median"),
        case("X differs from X_train", _a([[0.0], [0.0], [NAN]]), _a([[100.0], [NAN], [200.0]]), "mean"),
        case("NaN rows in X only", _a([[1.0, 2.0], [3.0, 6.0]]), _a([[NAN, NAN], [NAN, NAN]]), "median"),
    ]
    for k in range(8):
        m, n, d = int(rng.integers(1, 80)), int(rng.integers(1, 40)), int(rng.integers(1, 10))
        strategy = "mean" if k % 2 else "median"
        cases.append(case(f"random {k + 1}", _holes(rng, (m, d), 0.3), _holes(rng, (n, d), 0.4), strategy))
    cases.append(case("large", _holes(rng, (5000, 50), 0.2), _holes(rng, (5000, 50), 0.2), "median"))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
