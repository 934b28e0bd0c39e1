import warnings

import numpy as np
from sklearn.metrics import confusion_matrix as sk_confusion_matrix

from mldojo.content.testing import case


def _oracle(y_true, y_pred, k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-learn warns when only one label occurs
        return sk_confusion_matrix(y_true, y_pred, labels=np.arange(k)).astype(np.int64)


def _labels(values):
    return np.array(values, dtype=np.int32)


def public():
    return [
        case("example 1", _labels([0, 1, 2, 2]), _labels([0, 2, 2, 1]), 3),
        case("example 2", _labels([0, 0, 0]), _labels([0, 0, 0]), 2),
        case("example 3", _labels([1, 0]), _labels([0, 1]), 2),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single example, single class", _labels([0]), _labels([0]), 1),
        case("single example, many classes", _labels([3]), _labels([1]), 5),
        case("highest class never occurs", _labels([0, 1, 1, 0]), _labels([1, 1, 0, 0]), 4),
        case("only the highest class", _labels([6, 6]), _labels([6, 6]), 7),
        case("all predictions one class", _labels([0, 1, 2, 3, 2, 1]), _labels([2] * 6), 4),
        case("repeated pairs", _labels([1] * 7 + [0] * 3), _labels([0] * 7 + [0] * 3), 2),
        case("asymmetric errors", _labels([0, 0, 0, 1, 2]), _labels([1, 1, 2, 1, 2]), 3),
    ]
    for k in range(8):
        n = int(rng.integers(1, 500))
        classes = int(rng.integers(1, 12))
        y_true = rng.integers(0, classes, size=n).astype(np.int32)
        noise = rng.random(n) < rng.uniform(0.0, 0.7)
        y_pred = np.where(noise, rng.integers(0, classes, size=n), y_true).astype(np.int32)
        cases.append(case(f"random {k + 1}", y_true, y_pred, classes + int(rng.integers(0, 3))))
    n = 4_000_000
    y_true = rng.integers(0, 100, size=n).astype(np.int32)
    y_pred = np.where(rng.random(n) < 0.3, rng.integers(0, 100, size=n), y_true).astype(np.int32)
    cases.append(case("large", y_true, y_pred, 100))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
