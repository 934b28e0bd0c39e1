# Zeroes blocked weights after the softmax without renormalising, so rows no longer sum to 1.
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    if mask is not None:
        w = w * mask
    return w @ V, w
