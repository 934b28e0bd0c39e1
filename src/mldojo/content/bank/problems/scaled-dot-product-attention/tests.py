import numpy as np
from scipy.special import log_softmax

from mldojo.content.testing import case


def _oracle(Q, K, V, mask):
    # einsum for the products, scipy's log_softmax (stable) for the normalisation.
    scores = np.einsum("bqd,bkd->bqk", Q, K) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(np.broadcast_to(mask, scores.shape), scores, -np.inf)
    weights = np.exp(log_softmax(scores, axis=-1))
    return (np.einsum("bqk,bkv->bqv", weights, V), weights)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _random_mask(rng, shape):
    mask = rng.random(shape) < 0.6
    mask[..., rng.integers(0, shape[-1])] = True  # every query keeps at least one key
    return mask


def public():
    Q, K, V = _a([[[1, 0]]]), _a([[[1, 0], [0, 1]]]), _a([[[1, 2], [3, 4]]])
    return [
        case("example 1", Q, K, V, None),
        case("example 2", Q, K, V, np.array([[True, False]])),
        case("example 3", _a([[[30, 30]]]), _a([[[30, 30], [30, 30]]]), _a([[[1, 2], [3, 4]]]), None),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = []
    Q, K, V = rng.normal(size=(1, 1, 1)), rng.normal(size=(1, 1, 1)), rng.normal(size=(1, 1, 1))
    cases.append(case("one query, one key", Q, K, V, None))
    n = 6
    causal = np.tril(np.ones((n, n), dtype=bool))
    Q, K, V = rng.normal(size=(2, n, 4)), rng.normal(size=(2, n, 4)), rng.normal(size=(2, n, 3))
    cases.append(case("causal mask", Q, K, V, causal))
    cases.append(case("all-true mask", Q, K, V, np.ones((n, n), dtype=bool)))
    only_first = np.zeros((n, n), dtype=bool)
    only_first[:, 0] = True
    cases.append(case("one allowed key per query", Q, K, V, only_first))
    per_batch = np.stack([causal, causal.T])
    cases.append(case("mask per batch element", Q, K, V, per_batch))
    Q, K, V = 40.0 * rng.normal(size=(2, 3, 8)), 40.0 * rng.normal(size=(2, 5, 8)), rng.normal(size=(2, 5, 2))
    cases.append(case("huge scores", Q, K, V, None))
    cases.append(case("huge scores, masked", Q, K, V, _random_mask(rng, (3, 5))))
    Q, K, V = rng.normal(size=(3, 2, 16)), rng.normal(size=(3, 7, 16)), rng.normal(size=(3, 7, 5))
    cases.append(case("more keys than queries", Q, K, V, None))
    Q, K, V = rng.normal(size=(1, 7, 2)), rng.normal(size=(1, 2, 2)), rng.normal(size=(1, 2, 6))
    cases.append(case("more queries than keys", Q, K, V, _random_mask(rng, (1, 7, 2))))
    Q = np.zeros((1, 3, 4))
    cases.append(case("zero queries: uniform weights", Q, rng.normal(size=(1, 5, 4)), rng.normal(size=(1, 5, 3)), None))
    for k in range(8):
        b = int(rng.integers(1, 5))
        n_q, n_k, d, d_v = (int(v) for v in rng.integers(1, 20, size=4))
        scale = [0.3, 1.0, 5.0, 30.0][k % 4]
        Q, K, V = scale * rng.normal(size=(b, n_q, d)), rng.normal(size=(b, n_k, d)), rng.normal(size=(b, n_k, d_v))
        mask = None if k % 3 == 0 else _random_mask(rng, (n_q, n_k) if k % 3 == 1 else (b, n_q, n_k))
        cases.append(case(f"random {k + 1}", Q, K, V, mask))
    Q, K, V = rng.normal(size=(8, 256, 64)), rng.normal(size=(8, 256, 64)), rng.normal(size=(8, 256, 64))
    cases.append(case("larger, causal", Q, K, V, np.tril(np.ones((256, 256), dtype=bool))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
