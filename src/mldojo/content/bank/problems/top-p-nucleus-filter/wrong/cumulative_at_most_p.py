# Off by one at the cut: keeps tokens while the cumulative mass is <= p, dropping the crossing one.
import numpy as np


def top_p_filter(logits, p):
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = probs / probs.sum(axis=1, keepdims=True)
    order = np.argsort(-probs, axis=1, kind="stable")
    sp = np.take_along_axis(probs, order, axis=1)
    keep_sorted = np.cumsum(sp, axis=1) <= p
    keep_sorted[:, 0] = True
    keep = np.zeros(probs.shape, dtype=bool)
    np.put_along_axis(keep, order, keep_sorted, axis=1)
    kept = np.where(keep, probs, 0.0)
    return kept / kept.sum(axis=1, keepdims=True)
