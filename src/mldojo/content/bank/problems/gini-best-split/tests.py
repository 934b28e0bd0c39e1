import math

import numpy as np

from mldojo.content.testing import case

TIE = 1e-9  # impurities this close to the minimum count as reaching it
RTOL, ATOL = 1e-6, 1e-9


def _candidates(x, y):
    """Return the distinct values, the midpoints, the weighted Gini of each and the node's Gini.

    Counted per distinct value with np.unique and np.add.at (the reference sorts instead).
    """
    values, inverse = np.unique(x, return_inverse=True)
    classes = int(y.max()) + 1
    per_value = np.zeros((len(values), classes))
    np.add.at(per_value, (inverse, y), 1.0)
    total = per_value.sum(axis=0)
    n = float(len(x))
    parent = 1.0 - float(np.sum((total / n) ** 2))
    left = np.cumsum(per_value, axis=0)[:-1]
    right = total - left
    n_left, n_right = left.sum(axis=1), right.sum(axis=1)
    gini = (n - (left**2).sum(axis=1) / n_left - (right**2).sum(axis=1) / n_right) / n
    mids = (values[:-1] + values[1:]) / 2.0
    return values, mids, gini, parent


def _oracle(x, y):
    values, mids, gini, parent = _candidates(x, y)
    if len(values) == 1:
        return (None, parent)
    best = int(np.argmin(gini))
    return (float(mids[best]), float(gini[best]))


def _number(value):
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def check(args, expected, actual):
    """Accept any midpoint threshold that reaches the minimum, with its impurity."""
    x, y = np.asarray(args[0], dtype=np.float64), np.asarray(args[1], dtype=np.int64)
    if not isinstance(actual, list | tuple) or len(actual) != 2:
        return "return a tuple (threshold, weighted_gini)"
    values, mids, gini, parent = _candidates(x, y)
    threshold, reported = actual
    score = _number(reported)
    if score is None or not math.isfinite(score):
        return f"weighted_gini is {reported!r}; expected a finite float"
    if len(values) == 1:
        if threshold is not None:
            return (
                f"threshold {threshold!r}, but x has a single distinct value, so no split exists: "
                "return None as the threshold"
            )
        if abs(score - parent) > ATOL + RTOL * abs(parent):
            return f"weighted_gini {score!r} but the node's own Gini impurity is {parent!r}"
        return None
    t = _number(threshold)
    if t is None or not math.isfinite(t):
        return f"threshold is {threshold!r}; x has {len(values)} distinct values, so a split exists"
    best = float(gini.min())
    scale = max(1.0, abs(t))
    pos = int(np.searchsorted(values, t))
    near_value = min(
        (abs(t - values[j]) for j in (pos - 1, pos) if 0 <= j < len(values)), default=math.inf
    )
    if near_value <= 1e-12 * scale:
        return (
            f"threshold {t!r} equals a value of x; a threshold sits halfway between two "
            "consecutive distinct values"
        )
    if pos == 0 or pos == len(values):
        return f"threshold {t!r} is outside the range of x, so one side of the split is empty"
    a, b, mid = values[pos - 1], values[pos], mids[pos - 1]
    if abs(t - mid) > 1e-12 * max(scale, abs(a), abs(b)):
        return f"threshold {t!r} lies between {a!r} and {b!r} but is not their midpoint {mid!r}"
    reached = float(gini[pos - 1])
    if reached > best + TIE:
        winner = float(mids[int(np.argmin(gini))])
        return (
            f"threshold {t!r} gives a weighted Gini of {reached:.6g}, but threshold {winner!r} "
            f"gives {best:.6g}"
        )
    if abs(score - reached) > ATOL + RTOL * abs(reached):
        return f"weighted_gini {score!r} but the split at {t!r} has weighted Gini {reached!r}"
    return None


def _a(values):
    return np.array(values, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def public():
    return [
        case("example 1", _a([1, 2, 3, 4, 5]), _i([0, 0, 1, 0, 1])),
        case("example 2", _a([2, 1, 2, 3]), _i([0, 0, 0, 1])),
        case("example 3", _a([5, 5, 5]), _i([0, 1, 1])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one row", _a([4.2]), _i([1])),
        case("two rows, same class", _a([0.0, 1.0]), _i([2, 2])),
        case("two rows, two classes", _a([1.0, 0.0]), _i([0, 1])),
        case("constant feature, mixed labels", np.full(6, -3.5), _i([0, 1, 2, 0, 1, 2])),
        case("duplicates with mixed labels", _a([1, 1, 2, 2]), _i([0, 1, 0, 1])),
        case("duplicates hide a pure split", _a([3, 1, 3, 2, 1, 3]), _i([1, 0, 1, 0, 0, 0])),
        case("tiny pure child versus balanced split", _a([0, 1, 2, 3, 4, 5, 6, 7]), _i([1, 0, 0, 0, 1, 1, 1, 0])),
        case("gini and entropy disagree", _a([0, 1, 2, 3, 4, 5, 6, 7]), _i([2, 2, 0, 0, 2, 1, 1, 0])),
        case("unsorted input", _a([9, -2, 4, 0, 7, -5]), _i([1, 0, 1, 0, 1, 0])),
        case("negative and huge values", _a([-1e6, 1e6, -999999.5, 0.25]), _i([0, 1, 0, 1])),
        case("one class only", rng.normal(size=10), _i([3] * 10)),
        case("many classes", rng.normal(size=40).round(1), rng.integers(0, 20, size=40)),
    ]
    for k in range(8):
        n = int(rng.integers(2, 400))
        classes = int(rng.integers(2, 6))
        y = rng.integers(0, classes, size=n)
        x = rng.normal(y * rng.uniform(0.2, 2.0), 1.0).round(int(rng.integers(0, 3)))  # duplicates
        cases.append(case(f"random {k + 1}", x, y))
    n = 200_000
    y = rng.integers(0, 10, size=n)
    cases.append(case("large", rng.normal(0.3 * y, 2.0).round(2), y))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
