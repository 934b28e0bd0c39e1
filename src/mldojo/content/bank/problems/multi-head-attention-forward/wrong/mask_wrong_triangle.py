# Masks the lower triangle instead of the upper one, so each query sees the future and not the past.
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads, causal):
    B, T, D = x.shape
    h, dk = num_heads, D // num_heads
    Q, K, V = ((x @ W).reshape(B, T, h, dk).transpose(0, 2, 1, 3) for W in (Wq, Wk, Wv))
    s = Q @ K.swapaxes(-1, -2) / np.sqrt(dk)
    if causal:
        s = np.where(np.tril(np.ones((T, T), bool), -1), -np.inf, s)
    w = np.exp(s - s.max(-1, keepdims=True))
    w /= w.sum(-1, keepdims=True)
    return (w @ V).transpose(0, 2, 1, 3).reshape(B, T, D) @ Wo
