import math

import numpy as np

from mldojo.content.testing import case


def _rate(t, base, W, T, low):
    if t < W:
        return base * (t + 1) / W
    if t >= T:
        return low
    return low + (base - low) * (math.cos(math.pi * (t - W) / (T - W)) + 1) / 2


def _oracle(steps, base, W, T, low):
    # Plain Python, one step at a time, branch by branch.
    if len(steps) > 5000:
        unique, inverse = np.unique(steps, return_inverse=True)
        return np.array([_rate(int(t), base, W, T, low) for t in unique.tolist()])[inverse]
    return np.array([_rate(int(t), base, W, T, low) for t in steps.tolist()], dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def public():
    return [
        case("example 1", _i([0, 1, 2, 3]), 1.0, 4, 10, 0.0),
        case("example 2", _i([4, 7, 10]), 1.0, 4, 10, 0.0),
        case("example 3", _i([0, 5, 12]), 0.1, 0, 10, 0.01),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one warmup step", _i([0, 1, 2, 3]), 0.5, 1, 3, 0.0),
        case("warmup equals total", _i([0, 1, 2, 3, 4, 50]), 2.0, 3, 3, 0.2),
        case("no warmup, total zero", _i([0, 1, 7]), 1.0, 0, 0, 0.3),
        case("min equals base", _i([0, 3, 6, 9, 20]), 0.1, 2, 10, 0.1),
        case("unsorted and repeated", _i([9, 0, 9, 4, 100, 2, 2]), 3e-4, 3, 10, 1e-5),
        case("far past the end", _i([999, 10**9, 2 * 10**6]), 1.0, 10, 1000, 0.05),
        case("boundaries", _i([99, 100, 101, 999, 1000, 1001]), 1e-3, 100, 1000, 1e-6),
        case("huge schedule", _i([0, 10**6, 5 * 10**8, 10**9 - 1]), 6e-4, 2000, 10**9, 6e-5),
    ]
    for t in range(8):
        T = int(rng.integers(1, 10**5))
        W = int(rng.integers(0, T + 1)) if t % 3 else 0
        base = float(10 ** rng.uniform(-5, 0))
        low = base * float(rng.choice([0.0, 0.01, 0.1, 0.5]))
        steps = rng.integers(0, int(T * 1.3) + 2, size=int(rng.integers(1, 300))).astype(np.int64)
        cases.append(case(f"random {t + 1}", steps, base, W, T, low))
    cases.append(case("large", rng.integers(0, 120000, size=5 * 10**5).astype(np.int64), 1e-3, 5000, 100000, 1e-5))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
