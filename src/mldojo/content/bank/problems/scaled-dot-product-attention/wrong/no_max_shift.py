# Exponentiates the raw scores: scores in the thousands overflow to inf and the weights become nan.
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    w = np.exp(scores)
    if mask is not None:
        w = np.where(mask, w, 0.0)
    w = w / w.sum(axis=-1, keepdims=True)
    return w @ V, w
