import math

import numpy as np

from mldojo.content.testing import case


def _oracle(counts, means, t):
    # A plain loop with math.log: strict ">" keeps the lowest index among equal bounds.
    best, best_value = -1, -math.inf
    for j, (n, x) in enumerate(zip(counts.tolist(), means.tolist(), strict=True)):
        if n == 0:
            return j
        value = x + math.sqrt(2.0 * math.log(t) / n)
        if value > best_value:
            best, best_value = j, value
    return best


def check(args, expected, actual):
    counts, means, t = args
    if isinstance(actual, bool) or not isinstance(actual, int):
        return f"returned {type(actual).__name__}, expected an int arm index"
    if actual == expected:
        return None
    if not 0 <= actual < len(counts):
        return f"arm {actual} is out of range for {len(counts)} arms"
    zero = np.flatnonzero(counts == 0)
    if zero.size:
        if counts[actual] != 0:
            return (
                f"chose arm {actual}, but arm {int(zero[0])} has never been pulled: unpulled arms "
                "go first (their bonus is infinite), the lowest index among them"
            )
        return f"chose unpulled arm {actual}, but the lowest-index unpulled arm is {int(zero[0])}"
    ucb = means + np.sqrt(2.0 * np.log(t) / counts)
    if ucb[actual] == ucb[expected]:
        return f"arms {expected} and {actual} tie at {ucb[expected]:.6g}; the lower index wins"
    return (
        f"chose arm {actual} (UCB {ucb[actual]:.6g}) but arm {expected} has the highest bound "
        f"{ucb[expected]:.6g} = mean + sqrt(2 ln t / n)"
    )


def _c(values):
    return np.array(values, dtype=np.int64)


def _f(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _c([3, 0, 0]), _f([0.5, 0.0, 0.0]), 4),
        case("example 2", _c([10, 2]), _f([0.6, 0.4]), 12),
        case("example 3", _c([5, 5, 5]), _f([0.2, 0.7, 0.7]), 15),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one arm", _c([7]), _f([0.3]), 7),
        case("nothing pulled yet, t = 1", _c([0, 0, 0, 0]), _f([0, 0, 0, 0]), 1),
        case("only the last arm unpulled", _c([4, 4, 4, 0]), _f([0.9, 0.8, 0.7, 0.0]), 13),
        case("unpulled arms in the middle", _c([2, 0, 3, 0]), _f([1.0, 0.0, 0.2, 0.0]), 6),
        case("t = 1 with an unpulled arm", _c([1, 0]), _f([0.9, 0.0]), 1),
        case("t = 1: no bonus, best mean", _c([1, 1, 1]), _f([0.1, 0.9, 0.5]), 1),
        case("bonus beats a better mean", _c([100, 3]), _f([0.9, 0.5]), 103),
        # With sqrt(ln t / n) instead of sqrt(2 ln t / n) arm 0 would win here.
        case("factor 2 matters", _c([50, 10]), _f([0.8, 0.5]), 60),
        # log10 shrinks the bonus by a factor of about 1.5: the better mean would win.
        case("natural log matters", _c([40, 8]), _f([0.75, 0.4]), 48),
        case("three-way tie", _c([6, 6, 2, 6]), _f([0.5, 0.5, 0.0, 0.5]), 20),
        case("tie at the end", _c([9, 4, 4]), _f([0.1, 0.6, 0.6]), 17),
        case("huge round", _c([10**6, 3 * 10**5, 10**5]), _f([0.51, 0.5, 0.45]), 1_400_000),
    ]
    for k in range(10):
        arms = int(rng.integers(2, 30))
        counts = rng.integers(1, 200, size=arms).astype(np.int64)
        if k % 3 == 0:
            counts[rng.random(arms) < 0.2] = 0
        means = np.where(counts > 0, rng.random(arms), 0.0)
        t = int(counts.sum() + rng.integers(1, 50))
        cases.append(case(f"random {k + 1}", counts, means, t))
    counts = rng.integers(1, 10_000, size=100_000).astype(np.int64)
    cases.append(case("many arms", counts, rng.random(100_000), int(counts.sum())))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
