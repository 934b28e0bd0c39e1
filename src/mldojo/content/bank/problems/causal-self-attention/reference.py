import numpy as np


def causal_self_attention(
    X: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    T = X.shape[1]
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Wk.shape[1])  # (b, T, T)
    allowed = np.tril(np.ones((T, T), dtype=bool))  # s <= t, the diagonal included
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V, weights
