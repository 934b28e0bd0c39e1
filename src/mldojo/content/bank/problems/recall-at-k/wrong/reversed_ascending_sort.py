# Reverses an ascending argsort, so among equal scores the higher item index ranks first.
import numpy as np


def recall_at_k(scores, relevant, k):
    order = np.argsort(scores, axis=1, kind="stable")[:, ::-1][:, :k]
    hits = np.take_along_axis(relevant, order, axis=1).sum(axis=1)
    totals = relevant.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, hits / totals, np.nan)
