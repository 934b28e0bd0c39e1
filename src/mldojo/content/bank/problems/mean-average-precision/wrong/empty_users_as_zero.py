# Counts users with no relevant item as AP 0 instead of skipping them.
import numpy as np


def mean_average_precision(scores, relevant):
    order = np.argsort(-scores, axis=1, kind="stable")
    rel = np.take_along_axis(relevant, order, axis=1).astype(np.float64)
    precision = np.cumsum(rel, axis=1) / np.arange(1, scores.shape[1] + 1)
    ap = (precision * rel).sum(axis=1) / np.maximum(rel.sum(axis=1), 1)
    return float(ap.mean())
