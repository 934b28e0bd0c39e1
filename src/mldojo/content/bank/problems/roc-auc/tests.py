import numpy as np
from sklearn.metrics import roc_auc_score

from mldojo.content.testing import case


def _oracle(y_true, scores):
    # scikit-learn integrates the ROC curve with the trapezoid rule over distinct thresholds,
    # which counts a tie as one half.
    return float(roc_auc_score(y_true, scores))


def _labels(values):
    return np.array(values, dtype=np.int64)


def public():
    return [
        case("example 1", _labels([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.8])),
        case("example 2", _labels([1, 0]), np.array([0.5, 0.5])),
        case("example 3", _labels([1, 1, 0]), np.array([0.9, 0.2, 0.2])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("perfect ranking", _labels([0, 0, 1, 1, 1]), np.array([-3.0, 0.0, 0.5, 2.0, 9.0])),
        case("reversed ranking", _labels([1, 1, 0, 0]), np.array([0.1, 0.2, 0.3, 0.4])),
        case("all scores equal", _labels([1, 0, 1, 0, 0]), np.full(5, 0.7)),
        case("positives first in input", _labels([1, 1, 1, 0]), np.array([0.2, 0.2, 0.9, 0.2])),
        case("negatives first in input", _labels([0, 0, 1, 1]), np.array([0.5, 0.5, 0.5, 0.1])),
        case("one positive", _labels([0, 0, 0, 1, 0]), np.array([0.3, 0.8, 0.1, 0.5, 0.5])),
        case("one negative", _labels([1, 1, 0, 1]), np.array([2.0, -1.0, 0.0, 0.0])),
        case("negative and huge scores", _labels([1, 0, 1, 0]), np.array([-1e300, 1e300, 5.0, -5.0])),
        case("ties across many groups", _labels([0, 1] * 10), np.repeat(np.arange(5.0), 4)),
    ]
    for k in range(8):
        n = int(rng.integers(2, 400))
        y = (rng.random(n) < rng.uniform(0.1, 0.9)).astype(np.int64)
        y[0], y[1] = 0, 1  # at least one of each
        scores = y * rng.uniform(0, 2) + rng.normal(size=n)
        if k % 2:
            scores = np.round(scores, 1)  # many ties
        cases.append(case(f"random {k + 1}", y, scores))
    n = 500_000
    y = (rng.random(n) < 0.3).astype(np.int64)
    scores = np.round(y * 0.8 + rng.normal(size=n), 2)
    cases.append(case("large, with ties", y, scores))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
