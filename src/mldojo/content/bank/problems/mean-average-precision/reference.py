import numpy as np


def mean_average_precision(scores, relevant):
    order = np.argsort(-scores, axis=1, kind="stable")
    rel = np.take_along_axis(relevant, order, axis=1).astype(np.float64)
    precision = np.cumsum(rel, axis=1) / np.arange(1, scores.shape[1] + 1)
    totals = rel.sum(axis=1)
    has = totals > 0
    if not has.any():
        return float("nan")
    ap = (precision * rel).sum(axis=1)[has] / totals[has]
    return float(ap.mean())
