import math

import numpy as np

from mldojo.content.testing import case


def _oracle(x, gamma, beta, eps):
    # Row statistics with exactly rounded sums (math.fsum), then scale and shift.
    rows = x.reshape(-1, x.shape[-1])
    d = rows.shape[1]
    mean = np.array([math.fsum(r) / d for r in rows.tolist()])
    centred = rows - mean[:, None]
    var = np.array([math.fsum(v * v for v in r) / d for r in centred.tolist()])
    normalised = centred / np.sqrt(var + eps)[:, None]
    return (normalised * gamma[None, :] + beta[None, :]).reshape(x.shape)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1, 2, 3]]), _a([1, 1, 1]), _a([0, 0, 0]), 1e-5),
        case("example 2", _a([[5, 5, 5, 5]]), _a([1, 2, 3, 4]), _a([0.5, 0, 0, -1]), 1e-5),
        case("example 3", _a([[0, 2], [10, 30]]), _a([2, 1]), _a([1, 1]), 1e-5),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one feature", _a([[3.0], [-7.0]]), _a([2.0]), _a([0.25]), 1e-5),
        case("one row, 1-D gamma", rng.normal(size=(1, 6)), rng.normal(size=6), rng.normal(size=6), 1e-5),
        case("constant rows", _a([[2, 2, 2], [-1, -1, -1], [0, 0, 0]]), _a([1, 2, 3]), _a([4, 5, 6]), 1e-5),
        case("three dimensions", rng.normal(size=(2, 3, 5)), rng.normal(size=5), rng.normal(size=5), 1e-5),
        case("large eps", rng.normal(0, 0.05, size=(4, 8)), np.ones(8), np.zeros(8), 1e-2),
        case("tiny variance, tiny eps", 1.0 + 1e-4 * rng.normal(size=(3, 10)), np.ones(10), np.zeros(10), 1e-12),
        case("rows with very different scales", rng.normal(size=(3, 6)) * _a([[1e-3], [1.0], [1e3]]), rng.normal(size=6), rng.normal(size=6), 1e-5),
        case("two features", _a([[0, 1], [5, -5], [3, 3]]), _a([1, 1]), _a([0, 0]), 1e-5),
        case("batch of one per position", rng.normal(size=(1, 4, 3)), _a([1, 0, -1]), _a([0, 1, 0]), 1e-6),
    ]
    for k in range(8):
        lead = tuple(int(s) for s in rng.integers(1, 12, size=1 + k % 2))
        d = int(rng.integers(2, 40))
        x = rng.normal(rng.normal(0, 5), rng.uniform(0.1, 10), size=lead + (d,))
        cases.append(case(f"random {k + 1}", x, rng.normal(1, 0.5, size=d), rng.normal(0, 0.5, size=d), float(10.0 ** rng.integers(-8, -3))))
    cases.append(case("large", rng.normal(size=(60, 32, 512)), rng.normal(size=512), rng.normal(size=512), 1e-5))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
