# Exponentiates the raw logits: exp(1000) overflows to inf and the rows become nan.
import numpy as np


def top_p_filter(logits, p):
    probs = np.exp(logits)
    probs = probs / probs.sum(axis=1, keepdims=True)
    order = np.argsort(-probs, axis=1, kind="stable")
    sp = np.take_along_axis(probs, order, axis=1)
    keep = np.zeros(probs.shape, dtype=bool)
    np.put_along_axis(keep, order, np.cumsum(sp, axis=1) - sp < p, axis=1)
    kept = np.where(keep, probs, 0.0)
    return kept / kept.sum(axis=1, keepdims=True)
