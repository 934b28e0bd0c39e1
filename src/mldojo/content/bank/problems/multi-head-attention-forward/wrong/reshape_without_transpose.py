# Splits the heads with reshape(B, h, T, dk) and no transpose, which mixes positions and heads.
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads, causal):
    B, T, D = x.shape
    h, dk = num_heads, D // num_heads
    Q, K, V = ((x @ W).reshape(B, h, T, dk) for W in (Wq, Wk, Wv))
    s = Q @ K.swapaxes(-1, -2) / np.sqrt(dk)
    if causal:
        s = np.where(np.triu(np.ones((T, T), bool), 1), -np.inf, s)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    return (w @ V).reshape(B, T, D) @ Wo
