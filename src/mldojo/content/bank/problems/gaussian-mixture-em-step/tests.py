import numpy as np
from scipy.special import logsumexp
from scipy.stats import norm

from mldojo.content.testing import case

RTOL = 1e-6
ATOL = 1e-9
NAMES = ("responsibilities", "weights", "means", "variances")


def _oracle(x, weights, means, variances):
    # Independent: SciPy's normal log-density and logsumexp, then np.average per component.
    log_joint = np.log(weights) + norm.logpdf(x[:, None], loc=means, scale=np.sqrt(variances))
    resp = np.exp(log_joint - logsumexp(log_joint, axis=1, keepdims=True))
    k = len(weights)
    new_means = np.array([np.average(x, weights=resp[:, j]) for j in range(k)])
    new_vars = np.array([np.average((x - new_means[j]) ** 2, weights=resp[:, j]) for j in range(k)])
    return resp, resp.mean(axis=0), new_means, new_vars


def check(args, expected, actual):
    """Compare the four outputs; explain nan responsibilities and the usual mix-ups."""
    x = args[0]
    if not isinstance(actual, list | tuple) or len(actual) != 4:
        return "return a tuple (responsibilities, weights, means, variances)"
    for name, want, got in zip(NAMES, expected, actual, strict=True):
        want = np.asarray(want, dtype=np.float64)
        try:
            got = np.asarray(got, dtype=np.float64)
        except (TypeError, ValueError):
            return f"{name} must be an array of numbers"
        if got.shape != want.shape:
            return f"{name} has shape {got.shape} but expected {want.shape}"
        if not np.all(np.isfinite(got)):
            index = tuple(int(i) for i in np.argwhere(~np.isfinite(got))[0])
            if name == "responsibilities":
                i = index[0]
                return (
                    f"nan or inf in responsibilities row {i} (x = {float(x[i])!r}): every density "
                    "underflowed to 0 for this far-away point; compute log-densities and normalise "
                    "each row with log-sum-exp (subtract the row maximum before exponentiating)"
                )
            return f"nan or inf in {name} at index {index}"
        if name == "responsibilities":
            sums = got.sum(axis=1)
            if not np.allclose(sums, 1.0, rtol=1e-6):
                return (
                    f"responsibilities row {int(np.argmax(np.abs(sums - 1)))} sums to "
                    f"{float(sums[np.argmax(np.abs(sums - 1))]):.6g}; each point's responsibilities "
                    "are normalised over the components (axis 1) and sum to 1"
                )
        scale = max(1.0, float(np.abs(want).max(initial=0.0)))
        close = np.isclose(got, want, rtol=RTOL, atol=ATOL * scale)
        if not close.all():
            index = tuple(int(i) for i in np.argwhere(~close)[0])
            note = ""
            if name == "variances":
                note = "; measure the spread around the new means from this M step"
            return (
                f"{name}{list(index)} is {float(got[index])!r} but expected "
                f"{float(want[index])!r} (rtol {RTOL:g}){note}"
            )
    return None


def _a(values):
    return np.array(values, dtype=np.float64)


def _mixture(rng, n, k, spread=10.0):
    centres = np.sort(rng.uniform(-spread, spread, size=k))
    scales = rng.uniform(0.3, 2.0, size=k)
    which = rng.integers(0, k, size=n)
    which[:k] = np.arange(k)
    x = centres[which] + scales[which] * rng.normal(size=n)
    weights = rng.dirichlet(np.full(k, 3.0))
    means = centres + rng.normal(0, 0.5, size=k)
    variances = scales**2 * rng.uniform(0.5, 2.0, size=k)
    return x, weights, means, variances


def public():
    cases = [
        case("example 1", _a([0, 1, 9, 10]), _a([0.5, 0.5]), _a([0, 10]), _a([1, 1])),
        case("example 2", _a([1, 2, 3]), _a([1]), _a([0]), _a([1])),
        case("example 3", _a([-1, 0, 1, 1000]), _a([0.5, 0.5]), _a([0, 2]), _a([1, 1])),
    ]
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]


def hidden(seed):
    rng = np.random.default_rng(seed)
    x, w, mu, var = _mixture(rng, 60, 3)
    cases = [
        case("single point", _a([2.0]), _a([0.3, 0.7]), _a([0, 4]), _a([1, 2])),
        case(
            "identical components split evenly",
            _a([0.5, -1, 3, 2]),
            _a([0.5, 0.5]),
            _a([1, 1]),
            _a([2, 2]),
        ),
        case("far-away point on the right", np.append(x, 5e3), w, mu, var),
        case("far-away points on both sides", np.concatenate([x, [-2e4, 1e4]]), w, mu, var),
        case(
            "far-away point, tiny variances",
            _a([0.0, 0.1, 5.0, 5.1, 300.0]),
            _a([0.5, 0.5]),
            _a([0, 5]),
            _a([1e-3, 1e-3]),
        ),
        case("all points at one place", np.full(5, 3.0), _a([0.4, 0.6]), _a([2, 4]), _a([1, 1])),
        case(
            "unequal weights decide a midpoint",
            _a([0, 5, 10]),
            _a([0.9, 0.1]),
            _a([0, 10]),
            _a([4, 4]),
        ),
        case(
            "wide and narrow components",
            np.concatenate([rng.normal(0, 10, size=60), 0.5 + 0.1 * rng.normal(size=20)]),
            _a([0.5, 0.5]),
            _a([0, 0.5]),
            _a([100, 0.01]),
        ),
        case("many components", *_mixture(rng, 300, 8, spread=40.0)),
        case(
            "large offset", *(lambda m: (m[0] + 1e6, m[1], m[2] + 1e6, m[3]))(_mixture(rng, 50, 2))
        ),
    ]
    for k in range(8):
        cases.append(
            case(
                f"random {k + 1}",
                *_mixture(rng, int(rng.integers(2, 400)), int(rng.integers(1, 6))),
            )
        )
    cases.append(case("large", *_mixture(rng, 100000, 10, spread=50.0)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
