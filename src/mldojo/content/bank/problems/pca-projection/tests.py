import numpy as np
from sklearn.decomposition import PCA

from mldojo.content.testing import case

RTOL = 1e-6
ATOL = 1e-8


def _oracle(X, k):
    return PCA(n_components=k, svd_solver="full").fit_transform(X)


def check(args, expected, actual):
    """Accept Z when each column matches the expected column or its negation."""
    want = np.asarray(expected, dtype=np.float64)
    try:
        got = np.asarray(actual, dtype=np.float64)
    except (TypeError, ValueError):
        return f"returned {type(actual).__name__}, expected an array of shape {want.shape}"
    if got.shape != want.shape:
        hint = " (keep only the first k components)" if got.ndim == 2 and got.shape[0] == want.shape[0] else ""
        return f"shape {got.shape} but expected {want.shape}{hint}"
    if not np.all(np.isfinite(got)):
        index = tuple(int(i) for i in np.argwhere(~np.isfinite(got))[0])
        return f"non-finite value at index {index}"
    atol = ATOL * max(1.0, float(np.abs(want).max(initial=0.0)))
    for j in range(want.shape[1]):
        column = got[:, j]
        if np.allclose(column, want[:, j], rtol=RTOL, atol=atol) or np.allclose(
            column, -want[:, j], rtol=RTOL, atol=atol
        ):
            continue
        if abs(float(column.mean())) > 1e-6 * max(1.0, float(np.abs(column).max())):
            return (
                f"column {j} has mean {column.mean():.4g}; projections of centred data have "
                "mean 0 (subtract each column's mean of X first)"
            )
        got_var = float(column.var())
        want_var = float(want[:, j].var())
        for other in range(want.shape[1]):
            if other != j and np.allclose(np.abs(column), np.abs(want[:, other]), rtol=RTOL, atol=atol):
                return (
                    f"column {j} holds principal component {other}; order the components by "
                    "decreasing variance"
                )
        return (
            f"column {j} does not match principal component {j} up to sign (its variance is "
            f"{got_var:.6g}, the component's is {want_var:.6g})"
        )
    return None


def public():
    return [
        case("example 1", np.array([[2.0, 0.0], [0.0, 0.0], [-2.0, 0.0]]), 1),
        case("example 2", np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]), 1),
        case("example 3", np.array([[0.0, 3.0], [0.0, -3.0], [1.0, 0.0], [-1.0, 0.0]]), 2),
    ]


def _anisotropic(rng, n, d, offset=0.0):
    # Distinct, well separated spreads along a random rotation.
    spreads = np.sort(rng.uniform(0.5, 10.0, size=d))[::-1] * np.linspace(1.0, 0.3, d)
    rotation, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return offset + (rng.normal(size=(n, d)) * spreads) @ rotation.T


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("two points", np.array([[1.0, 2.0], [3.0, 6.0]]), 1),
        case("one feature", np.array([[4.0], [1.0], [7.0], [0.0]]), 1),
        case("all components", _anisotropic(rng, 30, 4), 4),
        case("far from the origin", _anisotropic(rng, 40, 3, offset=500.0), 2),
        case("more features than points", _anisotropic(rng, 6, 10), 2),
        case("correlated pair", np.column_stack([np.arange(10.0), 2.0 * np.arange(10.0) + rng.normal(0, 0.1, 10)]), 2),
        case("diagonal spreads", rng.normal(size=(50, 3)) * np.array([1.0, 10.0, 3.0]), 3),
    ]
    for k in range(8):
        d = int(rng.integers(2, 12))
        n = int(rng.integers(d + 2, 200))
        cases.append(
            case(f"random {k + 1}", _anisotropic(rng, n, d, offset=float(rng.normal(0, 5))), int(rng.integers(1, d + 1)))
        )
    cases.append(case("larger", _anisotropic(rng, 5000, 50), 10))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
