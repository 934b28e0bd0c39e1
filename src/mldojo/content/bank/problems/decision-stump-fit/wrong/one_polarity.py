# Tries only polarity +1 (predict +1 above the threshold), never the flipped stump.
import numpy as np


def fit_stump(X, y, w):
    n, d = X.shape
    best = None
    for j in range(d):
        values = np.unique(X[:, j])
        thresholds = np.concatenate([[values[0] - 1.0], (values[:-1] + values[1:]) / 2.0])
        for t in thresholds:
            pred = np.where(X[:, j] > t, 1, -1)
            err = float(w[pred != y].sum())
            if best is None or err < best[3]:
                best = (j, float(t), 1, err)
    return best
