# Averages the precision over every rank instead of only the ranks of relevant items.
import numpy as np


def mean_average_precision(scores, relevant):
    order = np.argsort(-scores, axis=1, kind="stable")
    rel = np.take_along_axis(relevant, order, axis=1).astype(np.float64)
    precision = np.cumsum(rel, axis=1) / np.arange(1, scores.shape[1] + 1)
    has = rel.sum(axis=1) > 0
    if not has.any():
        return float("nan")
    return float(precision.mean(axis=1)[has].mean())
