import numpy as np
from scipy.special import softmax

from mldojo.content.testing import case

RTOL, ATOL = 1e-6, 1e-12


def _oracle(logits, k, T):
    # Per row: np.lexsort picks the top k by (-logit, index); scipy's softmax on the kept ones.
    out = np.zeros_like(logits, dtype=np.float64)
    index = np.arange(logits.shape[1])
    for r in range(logits.shape[0]):
        top = np.lexsort((index, -logits[r]))[:k]
        out[r, top] = softmax(logits[r, top] / T)
    return out


def check(args, expected, actual):
    logits, k, T = args
    want = np.asarray(expected, dtype=np.float64)
    try:
        got = np.asarray(actual, dtype=np.float64)
    except (TypeError, ValueError):
        return f"returned {type(actual).__name__}, expected an array of shape {want.shape}"
    if got.shape != want.shape:
        return f"shape {got.shape} but expected {want.shape}"
    if not np.all(np.isfinite(got)):
        r, i = (int(v) for v in np.argwhere(~np.isfinite(got))[0])
        return (
            f"{float(got[r, i])} at row {r}, token {i}: with T = {T:g} the scaled logits reach "
            f"{np.abs(logits[r]).max() / T:.4g} and np.exp overflows; subtract the row maximum "
            "of logits / T before np.exp"
        )
    for r in range(want.shape[0]):
        outside = (want[r] == 0) & (got[r] != 0)
        # Tokens that underflow to 0 inside the top k are fine to be zero; outside they are not.
        top = np.lexsort((np.arange(want.shape[1]), -logits[r]))[:k]
        in_top = np.zeros(want.shape[1], dtype=bool)
        in_top[top] = True
        wrong_out = outside & ~in_top
        if wrong_out.any():
            i = int(np.argmax(wrong_out))
            tie = np.any(logits[r, in_top] == logits[r, i])
            why = "; among equal logits the lower token index is kept" if tie else ""
            return (
                f"row {r}: token {i} is outside the top {k} but has probability "
                f"{got[r, i]:.4g}; it must be 0{why}"
            )
        total = float(got[r].sum())
        if abs(total - 1.0) > 1e-6:
            return (
                f"row {r} sums to {total:.6g}: take the softmax over the kept tokens only "
                "(or renormalise them)"
            )
    close = np.isclose(got, want, rtol=RTOL, atol=ATOL)
    if not close.all():
        r, i = (int(v) for v in np.argwhere(~close)[0])
        return (
            f"value at ({r}, {i}) is {float(got[r, i])!r} but expected {float(want[r, i])!r} "
            f"(rtol {RTOL:g}, atol {ATOL:g}); the logits are divided by T"
        )
    return None


def _a(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1.0, 3.0, 2.0, 0.0]]), 2, 1.0),
        case("example 2", _a([[1.0, 3.0, 2.0, 0.0]]), 2, 0.01),
        case("example 3", _a([[5.0, 5.0, 5.0]]), 2, 10.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("k = 1 is greedy", _a([[0.3, -1.0, 2.5, 2.4]]), 1, 1.0),
        case("k larger than V", _a([[0.5, 1.5, -0.5]]), 10, 2.0),
        case("k equals V", _a([[0.5, 1.5, -0.5]]), 3, 0.5),
        case("one token", _a([[4.0], [-4.0]]), 1, 0.7),
        case("tiny temperature", _a([[2.0, 1.9, 1.0, -3.0], [0.0, 0.01, 0.02, 0.03]]), 3, 1e-4),
        case("huge temperature", _a([[2.0, 1.9, 1.0, -3.0]]), 3, 1e4),
        case(
            "logits near 1000",
            _a([[1000.0, 999.0, 998.5, 1000.0], [-1000.0, -998.0, -999.0, -5000.0]]),
            3,
            1.0,
        ),
        case("logits of 10^4, small T", _a([[1e4, -1e4, 9999.0, 0.0]]), 2, 0.1),
        case("ties at the cut", _a([[1.0, 2.0, 1.0, 1.0, 0.0]]), 3, 1.0),
        case("temperature above 1", _a([[3.0, 1.0, 0.0]]), 2, 4.0),
    ]
    for t in range(8):
        n, v = int(rng.integers(1, 20)), int(rng.integers(2, 80))
        k = int(rng.integers(1, v + 2))
        T = float(10.0 ** rng.uniform(-2, 2))
        logits = rng.normal(0, 3, size=(n, v))
        if t % 2:
            logits = np.round(logits)  # ties
        cases.append(case(f"random {t + 1}", logits, k, T))
    cases.append(case("vocabulary of 32000", rng.normal(0, 3, size=(64, 32_000)), 50, 0.7))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
