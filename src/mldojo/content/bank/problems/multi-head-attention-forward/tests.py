import numpy as np
from scipy.special import softmax

from mldojo.content.testing import case


def _oracle(x, Wq, Wk, Wv, Wo, num_heads, causal):
    # One head at a time with explicit column slices and scipy's (stable) softmax.
    B, T, D = x.shape
    dk = D // num_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    outputs = []
    for j in range(num_heads):
        cols = slice(j * dk, (j + 1) * dk)
        s = np.einsum("btd,bsd->bts", Q[..., cols], K[..., cols]) / np.sqrt(dk)
        if causal:
            s = s + np.where(np.arange(T)[None, :] > np.arange(T)[:, None], -np.inf, 0.0)
        outputs.append(np.einsum("bts,bsd->btd", softmax(s, axis=-1), V[..., cols]))
    return np.concatenate(outputs, axis=-1) @ Wo


def _weights(rng, D, scale=1.0):
    return [scale * rng.normal(0, 1 / np.sqrt(D), size=(D, D)) for _ in range(4)]


def public():
    x = np.array([[[1.0, 0.0], [0.0, 1.0]]])
    eye = np.eye(2)
    return [
        case("example 1", x, eye, eye, eye, eye, 1, False),
        case("example 2", x, eye, eye, eye, eye, 1, True),
        case("example 3", x, eye, eye, eye, eye, 2, False),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    r = rng.normal
    cases = [
        case("one position", r(size=(2, 1, 4)), *_weights(rng, 4), 2, False),
        case("one position, causal", r(size=(1, 1, 6)), *_weights(rng, 6), 3, True),
        case("head size 1", r(size=(1, 5, 4)), *_weights(rng, 4), 4, False),
        case("one head equals plain attention", r(size=(2, 6, 8)), *_weights(rng, 8), 1, False),
        case("several heads, causal", r(size=(2, 7, 12)), *_weights(rng, 12), 3, True),
        case("batch elements do not mix", np.concatenate([r(size=(1, 5, 8)), 100 + r(size=(1, 5, 8))]), *_weights(rng, 8), 2, False),
        case("identity projections, several heads", r(size=(1, 4, 6)), np.eye(6), np.eye(6), np.eye(6), np.eye(6), 3, False),
        case("large scores", 30 * r(size=(2, 5, 8)), *_weights(rng, 8, scale=3.0), 2, False),
        case("large scores, causal", 30 * r(size=(1, 6, 8)), *_weights(rng, 8, scale=3.0), 4, True),
        case("zero queries: uniform attention", r(size=(1, 4, 4)), np.zeros((4, 4)), *_weights(rng, 4)[:3], 2, False),
        case("output projection matters", r(size=(1, 3, 4)), np.eye(4), np.eye(4), np.eye(4), r(size=(4, 4)), 2, True),
    ]
    for k in range(8):
        h = int(rng.integers(1, 5))
        D = h * int(rng.integers(1, 9))
        B, T = int(rng.integers(1, 4)), int(rng.integers(1, 20))
        cases.append(case(f"random {k + 1}", r(0, 2, size=(B, T, D)), *_weights(rng, D, scale=float(rng.uniform(0.5, 3))), h, bool(k % 2)))
    cases.append(case("large", r(size=(4, 128, 256)), *_weights(rng, 256), 8, True))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
