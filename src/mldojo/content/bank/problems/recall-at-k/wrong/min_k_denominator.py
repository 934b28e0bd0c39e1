# Divides by min(k, |relevant|), a capped variant, instead of the number of relevant items.
import numpy as np


def recall_at_k(scores, relevant, k):
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    hits = np.take_along_axis(relevant, order, axis=1).sum(axis=1)
    totals = np.minimum(relevant.sum(axis=1), k)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, hits / totals, np.nan)
