# Reverses an ascending argsort, so among equal probabilities the higher token index is kept first.
import numpy as np


def top_p_filter(logits, p):
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = probs / probs.sum(axis=1, keepdims=True)
    order = np.argsort(probs, axis=1, kind="stable")[:, ::-1]
    sp = np.take_along_axis(probs, order, axis=1)
    keep = np.zeros(probs.shape, dtype=bool)
    np.put_along_axis(keep, order, np.cumsum(sp, axis=1) - sp < p, axis=1)
    kept = np.where(keep, probs, 0.0)
    return kept / kept.sum(axis=1, keepdims=True)
