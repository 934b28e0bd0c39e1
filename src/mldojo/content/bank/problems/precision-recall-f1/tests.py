import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from mldojo.content.testing import case


def _oracle(y_true, y_pred):
    p, r, f, _ = precision_recall_fscore_support(
        y_true, y_pred, average="binary", pos_label=1, labels=[0, 1], zero_division=0.0
    )
    return (float(p), float(r), float(f))


def _labels(values):
    return np.array(values, dtype=np.int32)


def public():
    return [
        case("example 1", _labels([1, 0, 1, 1]), _labels([1, 0, 0, 1])),
        case("example 2", _labels([0, 1, 0, 1]), _labels([1, 1, 1, 1])),
        case("example 3", _labels([1, 1, 0]), _labels([0, 0, 0])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single correct positive", _labels([1]), _labels([1])),
        case("single correct negative", _labels([0]), _labels([0])),
        case("all negative, all predicted negative", _labels([0, 0, 0, 0]), _labels([0, 0, 0, 0])),
        case("no actual positives, some predicted", _labels([0, 0, 0]), _labels([1, 0, 1])),
        case("no true positives", _labels([1, 0, 1, 0]), _labels([0, 1, 0, 1])),
        case("perfect", _labels([1, 0, 0, 1, 1]), _labels([1, 0, 0, 1, 1])),
        case("many true negatives", _labels([1] + [0] * 50), _labels([1, 1] + [0] * 49)),
        case("precision and recall differ a lot", _labels([1] * 10 + [0] * 10), _labels([1] + [0] * 19)),
    ]
    for k in range(8):
        n = int(rng.integers(1, 500))
        rate = [0.02, 0.3, 0.5, 0.9][k % 4]
        y_true = (rng.random(n) < rate).astype(np.int32)
        flip = rng.random(n) < rng.uniform(0.05, 0.5)
        cases.append(case(f"random {k + 1}", y_true, np.where(flip, 1 - y_true, y_true)))
    n = 4_000_000
    y_true = (rng.random(n) < 0.2).astype(np.int32)
    flip = rng.random(n) < 0.1
    cases.append(case("large", y_true, np.where(flip, 1 - y_true, y_true)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
