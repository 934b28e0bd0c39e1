import numpy as np
from scipy.special import softmax

from mldojo.content.testing import case

RTOL, ATOL = 1e-6, 1e-9


def _oracle(X, Wq, Wk, Wv):
    # Position by position: softmax over the visible prefix only, with einsum projections.
    Q = np.einsum("btd,dk->btk", X, Wq)
    K = np.einsum("btd,dk->btk", X, Wk)
    V = np.einsum("btd,dv->btv", X, Wv)
    b, T = X.shape[:2]
    weights = np.zeros((b, T, T))
    for i in range(b):
        for t in range(T):
            prefix = K[i, : t + 1] @ Q[i, t] / np.sqrt(Wk.shape[1])
            weights[i, t, : t + 1] = softmax(prefix)
    return (np.einsum("bts,bsv->btv", weights, V), weights)


def _array(value, want, name):
    try:
        got = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        return None, f"{name} is {type(value).__name__}, expected an array of shape {want.shape}"
    if got.shape != want.shape:
        return None, f"{name} has shape {got.shape} but expected {want.shape}"
    return got, None


def check(args, expected, actual):
    want_out, want_w = (np.asarray(e, dtype=np.float64) for e in expected)
    if not isinstance(actual, list | tuple) or len(actual) != 2:
        return "return a tuple (output, weights)"
    got_out, problem = _array(actual[0], want_out, "output")
    if problem:
        return problem
    got_w, problem = _array(actual[1], want_w, "weights")
    if problem:
        return problem
    if not np.all(np.isfinite(got_w)):
        i, t, s = (int(v) for v in np.argwhere(~np.isfinite(got_w))[0])
        X, Wq, Wk, _ = args
        scores = (X[i] @ Wq) @ (X[i, : t + 1] @ Wk).T / np.sqrt(Wk.shape[1])
        if np.abs(scores[t]).max() > 700:
            return (
                f"weights[{i}, {t}, {s}] is {float(got_w[i, t, s])}: row {t} has scores up to "
                f"{float(np.abs(scores[t]).max()):.4g} and np.exp overflows; subtract each "
                "row's maximum first"
            )
        if t == 0:
            return (
                f"weights[{i}, 0, {s}] is {float(got_w[i, t, s])}: position 0 must attend to "
                "itself (the mask keeps s <= t, the diagonal included)"
            )
        return f"weights[{i}, {t}, {s}] is {float(got_w[i, t, s])}; every weight must be finite"
    future = np.triu(np.ones(want_w.shape[-2:], dtype=bool), k=1)
    leaks = (got_w != 0) & future
    if leaks.any():
        i, t, s = (int(v) for v in np.argwhere(leaks)[0])
        return (
            f"weights[{i}, {t}, {s}] = {got_w[i, t, s]:.4g}: position {t} attends to the future "
            f"position {s}; weights for s > t must be exactly 0"
        )
    sums = got_w.sum(axis=-1)
    if not np.allclose(sums, 1.0, atol=1e-6):
        i, t = (int(v) for v in np.argwhere(~np.isclose(sums, 1.0, atol=1e-6))[0])
        return (
            f"row {t} of weights[{i}] sums to {sums[i, t]:.6g}: mask the scores with -inf "
            "before the softmax so the visible positions renormalise"
        )
    for name, got, want in (("weights", got_w, want_w), ("output", got_out, want_out)):
        close = np.isclose(got, want, rtol=RTOL, atol=ATOL)
        if not close.all():
            index = tuple(int(v) for v in np.argwhere(~close)[0])
            return (
                f"{name}{list(index)} is {float(got[index])!r} but expected {float(want[index])!r} "
                f"(rtol {RTOL:g}, atol {ATOL:g}); scores are divided by sqrt(d_k)"
            )
    return None


def _a(rows):
    return np.array(rows, dtype=np.float64)


def public():
    eye = np.eye(2)
    return [
        case("example 1", _a([[[1, 0], [0, 1]]]), eye, eye, eye),
        case("example 2", _a([[[1], [2], [3]]]), _a([[0]]), _a([[0]]), _a([[1]])),
        case("example 3", _a([[[40, 40], [40, 40]]]), eye, eye, _a([[1], [0]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case(
            "one position",
            rng.normal(size=(2, 1, 3)),
            rng.normal(size=(3, 2)),
            rng.normal(size=(3, 2)),
            rng.normal(size=(3, 4)),
        ),
        # d_k differs from d: scaling by sqrt(d) instead of sqrt(d_k) is caught here.
        case(
            "d_k differs from d",
            rng.normal(size=(2, 5, 8)),
            rng.normal(size=(8, 2)),
            rng.normal(size=(8, 2)),
            rng.normal(size=(8, 3)),
        ),
        case(
            "huge scores",
            30.0 * rng.normal(size=(2, 6, 4)),
            rng.normal(size=(4, 4)),
            rng.normal(size=(4, 4)),
            rng.normal(size=(4, 2)),
        ),
        case(
            "huge negative scores",
            30.0 * rng.normal(size=(1, 5, 4)),
            rng.normal(size=(4, 4)),
            -rng.normal(size=(4, 4)),
            rng.normal(size=(4, 2)),
        ),
        case(
            "zero queries: uniform over the prefix",
            rng.normal(size=(1, 6, 3)),
            np.zeros((3, 2)),
            rng.normal(size=(3, 2)),
            rng.normal(size=(3, 3)),
        ),
        case(
            "future holds the best match",
            _a([[[0.1, 0], [0.2, 0], [9.0, 0]]]),
            np.eye(2),
            np.eye(2),
            np.eye(2),
        ),
    ]
    for k in range(8):
        b, T = int(rng.integers(1, 5)), int(rng.integers(1, 20))
        d, dk, dv = (int(v) for v in rng.integers(1, 12, size=3))
        scale = [0.3, 1.0, 3.0, 20.0][k % 4]
        cases.append(
            case(
                f"random {k + 1}",
                scale * rng.normal(size=(b, T, d)),
                rng.normal(size=(d, dk)),
                rng.normal(size=(d, dk)),
                rng.normal(size=(d, dv)),
            )
        )
    cases.append(
        case(
            "larger",
            rng.normal(size=(8, 128, 64)),
            rng.normal(size=(64, 32)) / 8,
            rng.normal(size=(64, 32)) / 8,
            rng.normal(size=(64, 32)),
        )
    )
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
