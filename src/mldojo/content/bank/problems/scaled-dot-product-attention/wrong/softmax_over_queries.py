# Normalises over the query axis (axis=-2) instead of over the keys.
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    w = np.exp(scores - scores.max(axis=-2, keepdims=True))
    w /= w.sum(axis=-2, keepdims=True)
    return w @ V, w
