import math

import numpy as np

from mldojo.content.testing import case


def _oracle(x, gamma, beta, eps):
    # Channel-first rows, statistics with exactly rounded sums (math.fsum), then scale and shift.
    C = x.shape[1]
    rows = np.moveaxis(x, 1, 0).reshape(C, -1)
    m = rows.shape[1]
    mean = np.array([math.fsum(r) / m for r in rows.tolist()])
    centred = rows - mean[:, None]
    var = np.array([math.fsum(v * v for v in r) / m for r in centred.tolist()])
    y_rows = gamma[:, None] * centred / np.sqrt(var + eps)[:, None] + beta[:, None]
    moved_shape = (C, x.shape[0]) + x.shape[2:]
    y = np.moveaxis(y_rows.reshape(moved_shape), 0, 1)
    return (np.ascontiguousarray(y), mean, var)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1, 2], [3, 6]]), _a([1, 1]), _a([0, 0]), 1e-5),
        case("example 2", _a([[5, 1], [5, 2], [5, 3]]), _a([2, 1]), _a([0.5, 0]), 1e-5),
        case("example 3", _a([[[[0, 2]]], [[[4, 6]]]]), _a([1]), _a([0]), 1e-5),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    r = rng.normal
    cases = [
        case("two examples, one feature", _a([[1.0], [-1.0]]), _a([3.0]), _a([0.5]), 1e-5),
        case("constant batch", np.full((4, 3), 2.5), _a([1, 2, 3]), _a([-1, 0, 1]), 1e-5),
        case("more features than examples", r(size=(3, 10)), r(size=10), r(size=10), 1e-5),
        case("features on very different scales", r(size=(16, 3)) * _a([1e-3, 1.0, 1e3]), np.ones(3), np.zeros(3), 1e-5),
        case("large mean, small spread", 1e4 + 1e-2 * r(size=(64, 4)), np.ones(4), np.zeros(4), 1e-8),
        case("large mean, small spread, images", 5e3 + 1e-2 * r(size=(8, 2, 4, 4)), _a([1.0, 2.0]), _a([0.0, 1.0]), 1e-8),
        case("images, one channel", r(size=(2, 1, 5, 5)), _a([1.5]), _a([-0.5]), 1e-5),
        case("images, 1x1 spatial", r(size=(6, 4, 1, 1)), r(size=4), r(size=4), 1e-5),
        case("images, non-square", r(size=(3, 2, 3, 7)), r(size=2), r(size=2), 1e-3),
        case("large eps", 0.01 * r(size=(10, 2)), np.ones(2), np.zeros(2), 1e-2),
        case("batch of two images", r(size=(2, 3, 2, 2)), r(size=3), r(size=3), 1e-5),
    ]
    for k in range(8):
        n, c = int(rng.integers(2, 40)), int(rng.integers(1, 12))
        shape = (n, c) if k % 2 == 0 else (n, c, int(rng.integers(1, 8)), int(rng.integers(1, 8)))
        x = r(r(0, 10), rng.uniform(0.1, 5), size=shape)
        cases.append(case(f"random {k + 1}", x, r(1, 0.5, size=c), r(0, 0.5, size=c), float(10.0 ** rng.integers(-8, -2))))
    cases.append(case("large", r(2.0, 3.0, size=(32, 16, 32, 32)), r(1, 0.2, size=16), r(0, 0.2, size=16), 1e-5))
    cases.append(case("large, 2-D", r(-1.0, 2.0, size=(1024, 512)), r(1, 0.2, size=512), r(0, 0.2, size=512), 1e-5))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
