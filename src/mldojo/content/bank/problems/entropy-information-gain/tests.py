import numpy as np
from scipy.stats import entropy

from mldojo.content.testing import case


def _h(labels):
    # scipy's entropy of the class counts, in base 2.
    if labels.size == 0:
        return 0.0
    return float(entropy(np.bincount(labels), base=2))


def _oracle(y, left):
    parent = _h(y)
    w = left.mean()
    return (parent, parent - w * _h(y[left]) - (1.0 - w) * _h(y[~left]))


def _i(values):
    return np.array(values, dtype=np.int64)


def _b(values):
    return np.array(values, dtype=bool)


def public():
    T, F = True, False
    return [
        case("example 1", _i([0, 0, 1, 1]), _b([T, T, F, F])),
        case("example 2", _i([0, 0, 1, 1]), _b([T, F, T, F])),
        case("example 3", _i([0, 1, 2, 2]), _b([T, T, T, T])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    T, F = True, False
    cases = [
        case("one sample", _i([3]), _b([F])),
        case("pure node", _i([2, 2, 2, 2, 2]), _b([T, F, T, F, T])),
        case("labels with gaps", _i([0, 5, 5, 9, 9, 9]), _b([T, T, F, F, T, F])),
        case("uneven split sizes", _i([0, 0, 0, 0, 0, 0, 0, 1, 1, 1]), _b([T] + [F] * 9)),
        case("all right", _i([1, 0, 1, 1]), _b([F, F, F, F])),
        case("large label values", _i([999, 0, 999, 500]), _b([T, F, T, F])),
        case("many classes, perfect split", np.arange(16, dtype=np.int64), np.arange(16) < 8),
    ]
    for t in range(8):
        n = int(rng.integers(2, 400))
        k = int(rng.integers(2, 12))
        y = rng.integers(0, k, size=n).astype(np.int64) * (1 + t % 3)
        if t % 2:
            left = y < np.median(y) if t % 4 == 1 else rng.random(n) < rng.random()
        else:
            left = rng.random(n) < 0.5
        cases.append(case(f"random {t + 1}", y, left))
    y = rng.integers(0, 1000, size=10**6).astype(np.int64)
    cases.append(case("large", y, (y % 7 < 3) ^ (rng.random(10**6) < 0.1)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
