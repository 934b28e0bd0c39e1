import math

import numpy as np

from mldojo.content.testing import case


def _oracle(weights, y, pred):
    # Independent: a plain Python pass with math, sample by sample.
    w, yy, pp = weights.tolist(), y.tolist(), pred.tolist()
    total = math.fsum(w)
    error = math.fsum(wi for wi, a, b in zip(w, yy, pp, strict=True) if a != b) / total
    e = min(max(error, 1e-10), 1.0 - 1e-10)
    alpha = 0.5 * math.log((1.0 - e) / e)
    up, down = math.exp(alpha), math.exp(-alpha)
    new = [wi * (down if a == b else up) for wi, a, b in zip(w, yy, pp, strict=True)]
    norm = math.fsum(new)
    return error, alpha, np.array([v / norm for v in new])


def _a(values):
    return np.array(values, dtype=np.float64)


def _signs(rng, n, wrong_share):
    y = rng.choice([-1.0, 1.0], size=n)
    flip = rng.random(n) < wrong_share
    return y, np.where(flip, -y, y)


def public():
    return [
        case("example 1", _a([0.25, 0.25, 0.25, 0.25]), _a([1, 1, -1, -1]), _a([1, 1, -1, 1])),
        case("example 2", _a([1, 1, 1, 1, 1]), _a([1, -1, 1, -1, 1]), _a([1, -1, 1, -1, -1])),
        case("example 3", _a([0.5, 0.3, 0.2]), _a([1, -1, 1]), _a([1, -1, 1])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single sample, right", _a([1.0]), _a([1]), _a([1])),
        case("single sample, wrong", _a([1.0]), _a([1]), _a([-1])),
        case(
            "perfect learner, unnormalised weights", _a([2, 3, 5]), _a([1, -1, -1]), _a([1, -1, -1])
        ),
        case("every prediction wrong", _a([0.1, 0.2, 0.7]), _a([1, 1, -1]), _a([-1, -1, 1])),
        case(
            "exactly chance: alpha 0",
            _a([0.25, 0.25, 0.25, 0.25]),
            _a([1, 1, 1, 1]),
            _a([1, -1, 1, -1]),
        ),
        case(
            "worse than chance: negative alpha",
            _a([0.1, 0.2, 0.3, 0.4]),
            _a([1, 1, 1, 1]),
            _a([1, -1, -1, -1]),
        ),
        case(
            "weights far from summing to 1", rng.uniform(100, 1000, size=20), *_signs(rng, 20, 0.3)
        ),
        case("tiny weights", rng.uniform(1e-12, 1e-11, size=15), *_signs(rng, 15, 0.2)),
        case(
            "very skewed weights",
            _a([1e-9, 1e-9, 1.0, 1e-9]),
            _a([1, -1, 1, -1]),
            _a([-1, 1, 1, 1]),
        ),
        case("one rare mistake", np.full(1000, 1e-3), _a([1] * 1000), _a([1] * 999 + [-1])),
    ]
    for k in range(8):
        n = int(rng.integers(2, 300))
        w = rng.dirichlet(np.ones(n)) * float(10.0 ** rng.uniform(-3, 3))
        cases.append(case(f"random {k + 1}", w, *_signs(rng, n, float(rng.uniform(0.02, 0.6)))))
    cases.append(case("large", rng.dirichlet(np.ones(200000)), *_signs(rng, 200000, 0.3)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
