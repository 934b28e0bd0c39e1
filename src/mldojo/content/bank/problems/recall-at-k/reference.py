import numpy as np


def recall_at_k(scores, relevant, k):
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    hits = np.take_along_axis(relevant, order, axis=1).sum(axis=1)
    totals = relevant.sum(axis=1)
    out = np.full(scores.shape[0], np.nan)
    has = totals > 0
    out[has] = hits[has] / totals[has]
    return out
