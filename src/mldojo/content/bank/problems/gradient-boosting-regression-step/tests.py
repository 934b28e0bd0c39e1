import math

import numpy as np

from mldojo.content.testing import case

RTOL = 1e-6


def _best_sse(X, y, F):
    # Independent oracle: group the residuals by distinct value of each feature (np.unique and
    # np.bincount), then try every cut between consecutive distinct values.
    r = y - F
    best = math.inf
    for j in range(X.shape[1]):
        values, which = np.unique(X[:, j], return_inverse=True)
        if len(values) < 2:
            continue
        count = np.bincount(which).astype(np.float64)
        s1 = np.bincount(which, weights=r)
        s2 = np.bincount(which, weights=r * r)
        c, a, b = np.cumsum(count)[:-1], np.cumsum(s1)[:-1], np.cumsum(s2)[:-1]
        sse = (b - a**2 / c) + ((s2.sum() - b) - (s1.sum() - a) ** 2 / (len(r) - c))
        best = min(best, float(sse.min()))
    return best


def _number(value):
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _split_sse(values, left):
    out = 0.0
    for part in (values[left], values[~left]):
        out += float(((part - part.mean()) ** 2).sum())
    return out


def check(args, expected, actual):
    """Accept any optimal stump on the residuals, with consistent leaf values and update."""
    X, y, F, lr = args
    best = float(expected)
    if not isinstance(actual, list | tuple) or len(actual) != 5:
        return "return a tuple (feature, threshold, left_value, right_value, new_predictions)"
    feature = _number(actual[0])
    threshold, left_value, right_value = (_number(v) for v in actual[1:4])
    if feature is None or feature != int(feature) or not 0 <= feature < X.shape[1]:
        return f"feature {actual[0]!r} is not an int in [0, {X.shape[1]})"
    feature = int(feature)
    for index, name in ((1, "threshold"), (2, "left_value"), (3, "right_value")):
        value = _number(actual[index])
        if value is None or not math.isfinite(value):
            return f"{name} {actual[index]!r} is not a finite number"
    left = X[:, feature] <= threshold
    if left.all() or not left.any():
        return f"threshold {threshold!r} on feature {feature} leaves a leaf empty; cut between two distinct values"
    r = y - F
    scale = max(1.0, float((r * r).sum()))
    sse = _split_sse(r, left)
    if sse > best + 1e-9 * scale:
        y_scale = max(1.0, float((y * y).sum()))
        if _split_sse(y, left) <= _best_sse(X, y, np.zeros_like(y)) + 1e-9 * y_scale:
            return "your split is the best one for y, but the stump must be fitted to the residuals y - F"
        return (
            f"your split (feature {feature}, x <= {threshold!r} goes left) leaves a residual sum of "
            f"squares of {sse:.10g}, but a split with {best:.10g} exists"
        )
    atol = 1e-9 * max(1.0, float(np.abs(r).max()))
    for name, value, rows in (
        ("left_value", left_value, left),
        ("right_value", right_value, ~left),
    ):
        want = float(r[rows].mean())
        if abs(value - want) > atol + RTOL * abs(want):
            if abs(value - float(y[rows].mean())) <= atol + RTOL * abs(float(y[rows].mean())):
                return f"{name} {value!r} is the mean of y in the leaf; it must be the mean residual y - F: {want!r}"
            return f"{name} {value!r} but the mean residual of that leaf (rows with x {'<=' if name == 'left_value' else '>'} {threshold!r}) is {want!r}"
    try:
        new = np.asarray(actual[4], dtype=np.float64)
    except (TypeError, ValueError):
        return "new_predictions must be an array of numbers"
    if new.shape != F.shape:
        return f"new_predictions has shape {new.shape} but expected {F.shape}"
    step = np.where(left, left_value, right_value)
    want = F + lr * step
    pred_atol = 1e-9 * max(1.0, float(np.abs(want).max()))
    close = np.isclose(new, want, rtol=RTOL, atol=pred_atol)
    if not close.all():
        if np.allclose(new, F + step, rtol=RTOL, atol=pred_atol):
            return (
                f"new_predictions add the full stump output; scale it by the learning rate {lr!r}"
            )
        i = int(np.argmax(~close))
        return f"new_predictions[{i}] is {float(new[i])!r} but F + learning_rate * stump gives {float(want[i])!r}"
    return None


def _a(values):
    return np.array(values, dtype=np.float64)


def _problem(rng, n, d, lr, distinct=None, noise=0.3):
    X = rng.normal(size=(n, d))
    if distinct is not None:
        X = np.round(X * distinct) / distinct
    w = rng.normal(size=d)
    y = np.sin(X @ w) + X[:, 0] ** 2 + noise * rng.normal(size=n)
    F = y.mean() + 0.5 * rng.normal(size=n)
    return X, y, F, lr


def public():
    cases = [
        case("example 1", _a([[1], [2], [3], [4]]), _a([1, 1, 5, 5]), _a([0, 0, 0, 0]), 0.5),
        case("example 2", _a([[1, 10], [2, 30], [3, 20]]), _a([3, 6, 9]), _a([2, 6, 8]), 1.0),
        case("example 3", _a([[0], [0], [1]]), _a([2, 4, 9]), _a([3, 3, 3]), 0.1),
    ]
    return [case(c.name, *c.args, expected=_best_sse(*c.args[:3])) for c in cases]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("two rows", _a([[5.0], [-5.0]]), _a([1.0, 3.0]), _a([0.0, 0.0]), 0.3),
        case(
            "one useful feature among constants",
            _a([[7, 1, 7], [7, 2, 7], [7, 3, 7], [7, 4, 7]]),
            _a([0, 0, 1, 1]),
            _a([0.5] * 4),
            0.1,
        ),
        case(
            "targets already fitted: residuals zero",
            *(lambda X, y: (X, y, y.copy(), 0.1))(rng.normal(size=(10, 3)), rng.normal(size=10)),
        ),
        case(
            "residual split differs from target split",
            _a([[1, 4], [2, 3], [3, 2], [4, 1]]),
            _a([10, 10, 20, 20]),
            _a([9, 11, 19, 21]),
            0.5,
        ),
        case(
            "repeated values",
            _a([[1], [1], [1], [2], [2], [3]]),
            _a([0, 1, 0, 5, 6, 5]),
            _a([0] * 6),
            0.2,
        ),
        case("many ties across features", *_problem(rng, 60, 4, 0.1, distinct=1)),
        case("learning rate 1", *_problem(rng, 30, 2, 1.0)),
        case(
            "large targets",
            *(lambda p: (p[0], p[1] * 1e6, p[2] * 1e6, p[3]))(_problem(rng, 40, 3, 0.1)),
        ),
        case(
            "negative features",
            -np.abs(rng.normal(size=(20, 2))) - 10.0,
            rng.normal(size=20),
            np.zeros(20),
            0.05,
        ),
    ]
    for k in range(8):
        n, d = int(rng.integers(2, 300)), int(rng.integers(1, 10))
        distinct = [None, 2, 5][k % 3]
        cases.append(
            case(
                f"random {k + 1}",
                *_problem(rng, n, d, float(rng.uniform(0.01, 1.0)), distinct=distinct),
            )
        )
    cases.append(case("large", *_problem(rng, 20000, 20, 0.1)))
    return [case(c.name, *c.args, expected=_best_sse(*c.args[:3])) for c in cases]
