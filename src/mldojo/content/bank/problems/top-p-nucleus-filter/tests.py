import numpy as np
from scipy.special import softmax

from mldojo.content.testing import case

RTOL, ATOL = 1e-6, 1e-9


def _nucleus_rows(probs, p):
    # Python per row: walk the tokens in (-prob, index) order until the running mass reaches p.
    keep = np.zeros(probs.shape, dtype=bool)
    for r, row in enumerate(probs.tolist()):
        total = 0.0
        for i in sorted(range(len(row)), key=lambda j: (-row[j], j)):
            keep[r, i] = True
            total += row[i]
            if total >= p:
                break
    return keep


def _oracle(logits, p):
    probs = softmax(logits, axis=1)
    keep = _nucleus_rows(probs, p)
    kept = np.where(keep, probs, 0.0)
    return kept / kept.sum(axis=1, keepdims=True)


def _safe_p(rng, logits, low, high):
    # Draw p away from every cumulative sum, so rounding cannot move a token across the cut.
    probs = softmax(logits, axis=1)
    sums = np.cumsum(-np.sort(-probs, axis=1), axis=1)
    for _ in range(200):
        p = float(rng.uniform(low, high))
        if np.abs(sums - p).min() > 1e-9:
            return p
    raise AssertionError("no safe p found")


def check(args, expected, actual):
    logits, p = args
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
            f"{float(got[r, i])} at row {r}, token {i} where the largest logit is "
            f"{logits[r].max():.6g}: np.exp overflows; subtract the row maximum before np.exp"
        )
    for r in range(want.shape[0]):
        want_keep, got_keep = want[r] > 0, got[r] > 0
        if not np.array_equal(want_keep, got_keep):
            n_want, n_got = int(want_keep.sum()), int(got_keep.sum())
            if n_got == n_want - 1:
                return (
                    f"row {r} keeps {n_got} tokens but the nucleus has {n_want}: the token whose "
                    f"probability makes the running total reach p = {p} belongs to the set"
                )
            if n_got == n_want:
                return (
                    f"row {r} keeps the right number of tokens ({n_got}) but not the same ones; "
                    "among equal probabilities the lower token index comes first"
                )
            return f"row {r} keeps {n_got} tokens but the nucleus for p = {p} has {n_want}"
        total = float(got[r].sum())
        if abs(total - 1.0) > 1e-6:
            return f"row {r} sums to {total:.6g}; renormalise the kept probabilities to sum to 1"
    close = np.isclose(got, want, rtol=RTOL, atol=ATOL)
    if not close.all():
        r, i = (int(v) for v in np.argwhere(~close)[0])
        return (
            f"value at ({r}, {i}) is {float(got[r, i])!r} but expected {float(want[r, i])!r} "
            f"(rtol {RTOL:g}, atol {ATOL:g})"
        )
    return None


def _a(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[2.0, 1.0, 0.0, -1.0]]), 0.7),
        case("example 2", _a([[0.0, 0.0, 0.0, 0.0]]), 0.5),
        case("example 3", _a([[1000.0, 999.0, 990.0]]), 0.9),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one token", _a([[3.0], [-7.0]]), 0.5),
        case("p = 1 keeps everything", _a([[0.5, -0.2, 1.3, 0.0]]), 1.0),
        case("tiny p keeps the top token", _a([[0.1, 2.0, 0.3]]), 0.01),
        case("top token alone reaches p", _a([[5.0, 0.0, 0.0]]), 0.9),
        case("ties at the cut, lower index first", _a([[0.0, 1.0, 1.0, 1.0, 1.0]]), 0.5),
        case("exact boundary", _a([[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]), 0.25),
        case(
            "logits near 1000",
            _a([[1000.0, 1000.0, 998.0, 990.0], [-1000.0, -1001.0, -1003.0, -1000.5]]),
            0.8,
        ),
        case("logits of 10^4", _a([[1e4, 1e4 - 1.0, 1e4 - 2.0, -1e4]]), 0.95),
        case("rows need different sizes", _a([[9.0, 0.0, 0.0, 0.0], [0.1, 0.0, 0.05, 0.02]]), 0.6),
    ]
    for k in range(8):
        n, v = int(rng.integers(1, 20)), int(rng.integers(2, 60))
        scale = [0.5, 2.0, 5.0, 400.0][k % 4]
        logits = rng.normal(0, scale, size=(n, v)) + (1000.0 if k % 3 == 2 else 0.0)
        cases.append(case(f"random {k + 1}", logits, _safe_p(rng, logits, 0.05, 0.99)))
    logits = rng.normal(0, 3, size=(64, 32_000))
    cases.append(case("vocabulary of 32000", logits, _safe_p(rng, logits, 0.85, 0.95)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
