# Divides the scores by sqrt(d), the width of X, instead of sqrt(d_k), the width of the keys.
import numpy as np


def causal_self_attention(X, Wq, Wk, Wv):
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    T = X.shape[1]
    S = Q @ np.swapaxes(K, -1, -2) / np.sqrt(X.shape[-1])
    S = np.where(np.tril(np.ones((T, T), dtype=bool)), S, -np.inf)
    A = np.exp(S - S.max(axis=-1, keepdims=True))
    A /= A.sum(axis=-1, keepdims=True)
    return A @ V, A
