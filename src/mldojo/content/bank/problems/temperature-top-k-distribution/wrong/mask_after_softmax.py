# Takes the softmax over all tokens and then zeroes the tail without renormalising.
import numpy as np


def temperature_top_k(logits, k, T):
    s = logits / T
    e = np.exp(s - s.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    top = np.argsort(-logits, axis=1, kind="stable")[:, :k]
    keep = np.zeros(logits.shape, dtype=bool)
    np.put_along_axis(keep, top, True, axis=1)
    return np.where(keep, probs, 0.0)
