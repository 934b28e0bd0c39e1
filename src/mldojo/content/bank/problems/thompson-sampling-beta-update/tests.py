import numpy as np
from scipy.stats import beta as beta_dist

from mldojo.content.testing import case


def _oracle(alpha, beta, arms, rewards, u):
    # One outcome at a time, then scipy.stats.beta.ppf and a strict-">" scan for the argmax.
    new_alpha, new_beta = alpha.astype(np.float64).copy(), beta.astype(np.float64).copy()
    for a, r in zip(arms.tolist(), rewards.tolist(), strict=True):
        if r:
            new_alpha[a] += 1.0
        else:
            new_beta[a] += 1.0
    theta = beta_dist.ppf(u, new_alpha, new_beta)
    best = 0
    for j in range(1, len(theta)):
        if theta[j] > theta[best]:
            best = j
    return (new_alpha, new_beta, best)


def _vector(value, want, name):
    try:
        got = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None, f"{name} is {type(value).__name__}, expected a float array"
    if got.shape != want.shape:
        return None, f"{name} has shape {got.shape} but expected {want.shape}"
    return got, None


def check(args, expected, actual):
    alpha, beta, arms, _rewards, u = args
    want_a, want_b, want_arm = expected
    if not isinstance(actual, list | tuple) or len(actual) != 3:
        return "return a tuple (new_alpha, new_beta, arm)"
    got_a, problem = _vector(actual[0], want_a, "new_alpha")
    if problem:
        return problem
    got_b, problem = _vector(actual[1], want_b, "new_beta")
    if problem:
        return problem
    ok_a = np.allclose(got_a, want_a, rtol=1e-9, atol=1e-12)
    ok_b = np.allclose(got_b, want_b, rtol=1e-9, atol=1e-12)
    if not (ok_a and ok_b):
        if np.allclose(got_a, want_b) and np.allclose(got_b, want_a):
            return "new_alpha and new_beta are swapped: successes add to alpha, failures to beta"
        name, got, want, base = (
            ("new_alpha", got_a, want_a, alpha) if not ok_a else ("new_beta", got_b, want_b, beta)
        )
        j = int(np.argmax(~np.isclose(got, want, rtol=1e-9, atol=1e-12)))
        extra = ""
        if np.bincount(arms, minlength=len(alpha))[j] > 1 and got[j] < want[j]:
            extra = (
                f"; arm {j} appears {int((arms == j).sum())} times in the batch, and "
                "x[arms] += ... counts a repeated index only once (use np.bincount or np.add.at)"
            )
        return (
            f"{name}[{j}] is {float(got[j])!r} but expected {float(want[j])!r} "
            f"(it was {float(base[j])!r} before the batch){extra}"
        )
    got_arm = actual[2]
    if isinstance(got_arm, bool) or not isinstance(got_arm, int):
        return f"arm is {type(got_arm).__name__}, expected an int"
    if got_arm == want_arm:
        return None
    theta = beta_dist.ppf(u, want_a, want_b)
    if not 0 <= got_arm < len(theta):
        return f"arm {got_arm} is out of range for {len(theta)} arms"
    prior_pick = int(np.argmax(beta_dist.ppf(u, alpha, beta)))
    mean_pick = int(np.argmax(want_a / (want_a + want_b)))
    hint = ""
    if got_arm == prior_pick and prior_pick != want_arm:
        hint = "; it looks like the draw used the prior, not the updated posterior"
    elif got_arm == mean_pick and mean_pick != want_arm:
        hint = "; that is the best posterior mean, but Thompson sampling plays the best draw"
    return (
        f"chose arm {got_arm} (draw {theta[got_arm]:.6g}) but arm {want_arm} has the largest "
        f"draw {theta[want_arm]:.6g}{hint}"
    )


def _f(values):
    return np.array(values, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def public():
    return [
        case("example 1", _f([1, 1]), _f([1, 1]), _i([0, 0, 1]), _i([1, 1, 0]), _f([0.5, 0.5])),
        case("example 2", _f([2, 2]), _f([2, 2]), _i([]), _i([]), _f([0.1, 0.9])),
        case(
            "example 3",
            _f([1, 1, 1]),
            _f([1, 1, 1]),
            _i([2, 2, 2, 2]),
            _i([0, 0, 0, 0]),
            _f([0.3, 0.2, 0.7]),
        ),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one arm", _f([1]), _f([1]), _i([0, 0, 0]), _i([1, 0, 1]), _f([0.4])),
        case(
            "equal draws: lowest index",
            _f([3, 3, 3]),
            _f([2, 2, 2]),
            _i([]),
            _i([]),
            _f([0.6, 0.6, 0.6]),
        ),
        # Arm 0 is pulled 5 times: a buffered alpha[arms] += rewards adds only 1.
        case(
            "repeated arm",
            _f([1, 1]),
            _f([1, 1]),
            _i([0, 0, 0, 0, 0, 1]),
            _i([1, 1, 1, 1, 1, 0]),
            _f([0.5, 0.5]),
        ),
        # Posterior means favour arm 0 (0.9 vs 0.5), but arm 1's wide posterior draws higher.
        case("draw beats the mean", _f([90, 1]), _f([10, 1]), _i([]), _i([]), _f([0.05, 0.97])),
        # The prior alone would pick arm 1; the batch of failures on arm 1 changes that.
        case(
            "update changes the pick",
            _f([2, 2]),
            _f([2, 2]),
            _i([1] * 20 + [0]),
            _i([0] * 20 + [1]),
            _f([0.5, 0.8]),
        ),
        case(
            "all successes",
            _f([0.5, 0.5]),
            _f([0.5, 0.5]),
            _i([1] * 8),
            _i([1] * 8),
            _f([0.5, 0.5]),
        ),
        case(
            "fractional priors",
            _f([0.3, 2.5, 1.7]),
            _f([0.9, 0.2, 4.1]),
            _i([0, 2, 2]),
            _i([1, 1, 0]),
            _f([0.7, 0.2, 0.95]),
        ),
        case(
            "u near the edges",
            _f([5, 5, 5]),
            _f([5, 5, 5]),
            _i([0, 1, 2]),
            _i([1, 0, 1]),
            _f([1e-9, 0.999999, 0.5]),
        ),
    ]
    for t in range(8):
        k = int(rng.integers(2, 40))
        m = int(rng.integers(0, 300))
        alpha = rng.uniform(0.5, 5.0, size=k) if t % 2 else np.ones(k)
        beta = rng.uniform(0.5, 5.0, size=k) if t % 2 else np.ones(k)
        arms = rng.integers(0, k, size=m).astype(np.int64)
        rates = rng.random(k)
        rewards = (rng.random(m) < rates[arms]).astype(np.int64)
        cases.append(
            case(f"random {t + 1}", alpha, beta, arms, rewards, rng.uniform(0.01, 0.99, size=k))
        )
    k, m = 10_000, 1_000_000
    arms = rng.integers(0, k, size=m).astype(np.int64)
    rewards = (rng.random(m) < 0.3).astype(np.int64)
    cases.append(
        case("large batch", np.ones(k), np.ones(k), arms, rewards, rng.uniform(0.01, 0.99, size=k))
    )
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
