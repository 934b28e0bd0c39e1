import math

import numpy as np
from scipy.special import log_softmax

from mldojo.content.testing import case


def _oracle(logits, labels):
    # scipy's log_softmax is stable; the loss is the mean negative log-probability of the labels.
    logp = log_softmax(logits, axis=1)
    n = logits.shape[0]
    loss = -math.fsum(logp[np.arange(n), labels].tolist()) / n
    target = np.zeros_like(logits)
    target[np.arange(n), labels] = 1.0
    return (loss, (np.exp(logp) - target) / n)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def public():
    return [
        case("example 1", _a([[0, 0]]), _i([0])),
        case("example 2", _a([[2, 1, 0], [0, 0, 3]]), _i([0, 2])),
        case("example 3", _a([[1000, 0], [0, -1000]]), _i([1, 1])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one class", _a([[3.0], [-2.0]]), _i([0, 0])),
        case("confident and right", _a([[50, 0, 0], [0, 0, 80]]), _i([0, 2])),
        case("confident and wrong", _a([[0, 5000, -5000], [1e4, -1e4, 0]]), _i([2, 1])),
        case("all logits huge and equal", np.full((3, 4), 1e4), _i([0, 1, 3])),
        case("all logits very negative", _a([[-1e4, -1e4 + 1], [-9000, -9999]]), _i([1, 0])),
        case("same label everywhere", rng.normal(size=(6, 5)), _i([3] * 6)),
        case("labels in reverse order", rng.normal(size=(4, 4)), _i([3, 2, 1, 0])),
        case("square batch, labels differ from rows", rng.normal(size=(3, 3)), _i([2, 2, 0])),
        case("many classes", rng.normal(0, 3, size=(2, 1000)), _i([17, 999])),
    ]
    for k in range(8):
        n, m = (int(v) for v in rng.integers(1, 60, size=2))
        scale = [0.5, 3.0, 40.0, 2000.0][k % 4]
        cases.append(case(f"random {k + 1}", rng.normal(0, scale, size=(n, m)), rng.integers(0, m, size=n)))
    cases.append(case("large", rng.normal(0, 6, size=(2000, 500)), rng.integers(0, 500, size=2000)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
