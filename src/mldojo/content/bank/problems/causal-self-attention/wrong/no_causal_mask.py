# Forgets the causal mask: every position attends to the whole sequence, future included.
import numpy as np


def causal_self_attention(X, Wq, Wk, Wv):
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    S = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Wk.shape[1])
    A = np.exp(S - S.max(axis=-1, keepdims=True))
    A /= A.sum(axis=-1, keepdims=True)
    return A @ V, A
