import math

import numpy as np

from mldojo.content.testing import case

ATOL = 1e-9


def _best_stump(X, y, w):
    """Brute force over every distinct-value cut and both polarities (broadcast per feature)."""
    best = (math.inf, 0, 0.0, 1)
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        thresholds = np.concatenate([[values[0] - 1.0], (values[:-1] + values[1:]) / 2.0])
        above = X[None, :, j] > thresholds[:, None]  # (cuts, n)
        for s in (1, -1):
            errors = (np.where(above, float(s), float(-s)) != y[None, :]) @ w
            k = int(np.argmin(errors))
            if errors[k] < best[0] - 1e-12:
                best = (float(errors[k]), j, float(thresholds[k]), s)
    return best


def _integer(value):
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value):
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def check(args, expected, actual):
    """Accept any stump whose weighted error is the minimum and matches the reported error."""
    X, y, w = (np.asarray(a, dtype=np.float64) for a in args)
    if not isinstance(actual, list | tuple) or len(actual) != 4:
        return "return a tuple (feature, threshold, polarity, error)"
    feature, polarity = _integer(actual[0]), _integer(actual[2])
    threshold, error = _number(actual[1]), _number(actual[3])
    if feature is None or not 0 <= feature < X.shape[1]:
        return f"feature {actual[0]!r} is not an int in [0, {X.shape[1]})"
    if polarity not in (-1, 1):
        return f"polarity {actual[2]!r} must be -1 or +1"
    if threshold is None or not math.isfinite(threshold):
        return f"threshold {actual[1]!r} is not a finite number"
    if error is None:
        return f"error {actual[3]!r} is not a number"
    pred = np.where(X[:, feature] > threshold, polarity, -polarity)
    real = float(w[pred != y].sum())
    best = float(expected[3])
    if abs(real - best) > ATOL:
        return (
            f"your stump (feature {feature}, threshold {threshold!r}, polarity {polarity}) has weighted "
            f"error {real:.10g}, but a stump with error {best:.10g} exists"
        )
    if abs(error - real) > ATOL:
        return f"reported error {error!r}, but the returned stump's weighted error is {real:.10g}"
    return None


def _oracle(X, y, w):
    error, j, threshold, polarity = _best_stump(X, y, w)
    return (j, threshold, polarity, error)


def _f(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _f([[1], [2], [3], [4]]), _f([-1, -1, 1, 1]), np.full(4, 0.25)),
        case("example 2", _f([[1], [2], [3], [4]]), _f([1, 1, -1, -1]), np.full(4, 0.25)),
        case("example 3", _f([[0, 5], [1, 5], [2, 6]]), _f([1, -1, -1]), _f([0.1, 0.1, 0.8])),
    ]


def _weights(rng, n, skew):
    w = rng.random(n) ** skew
    return w / w.sum()


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one sample", _f([[3.0, -1.0]]), _f([-1]), _f([1.0])),
        case("all one class", _f([[1], [2], [3]]), _f([1, 1, 1]), np.full(3, 1 / 3)),
        case("all values equal", _f([[2], [2], [2], [2]]), _f([1, -1, -1, -1]), _f([0.4, 0.2, 0.2, 0.2])),
        # Unweighted, the cut at 1.5 makes one mistake; the heavy sample needs the cut at 3.5.
        case("weights decide", _f([[1], [2], [3], [4], [5]]), _f([-1, 1, 1, -1, 1]), _f([0.05, 0.05, 0.05, 0.8, 0.05])),
        # Only the cut between the two largest values is perfect.
        case("best cut before the maximum", _f([[1], [2], [3], [4], [10]]), _f([-1, -1, -1, -1, 1]), np.full(5, 0.2)),
        case("best cut needs polarity -1", _f([[1], [2], [3], [4]]), _f([1, 1, 1, -1]), _f([0.1, 0.2, 0.3, 0.4])),
        # Ties in x: the stable order interleaves labels; no threshold can split equal values.
        case("labels split inside ties", _f([[0], [1], [1], [1], [2]]), _f([-1, -1, 1, 1, 1]), _f([0.1, 0.1, 0.3, 0.3, 0.2])),
        case("negative and duplicate values", _f([[-3, 0], [-3, 1], [-1, 1], [0, 0], [0, 2]]), _f([1, 1, -1, -1, 1]), np.full(5, 0.2)),
    ]
    for t in range(8):
        n, d = int(rng.integers(2, 200)), int(rng.integers(1, 6))
        X = rng.integers(0, 6, size=(n, d)).astype(np.float64) if t % 2 else rng.normal(size=(n, d))
        signal = X[:, int(rng.integers(0, d))]
        y = np.where(signal + rng.normal(0, 1.0, size=n) > np.median(signal), 1.0, -1.0)
        if t % 3 == 2:
            y = -y
        cases.append(case(f"random {t + 1}", X, y, _weights(rng, n, [1, 3, 8][t % 3])))
    X = rng.normal(size=(5000, 20))
    y = np.where(X[:, 7] - 0.5 * X[:, 3] + rng.normal(0, 0.5, size=5000) > 0, 1.0, -1.0)
    cases.append(case("large", X, y, _weights(rng, 5000, 2)))
    X = rng.integers(0, 30, size=(4000, 10)).astype(np.float64)
    y = np.where(rng.random(4000) < 0.5, 1.0, -1.0)
    cases.append(case("large with ties", X, y, _weights(rng, 4000, 4)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
