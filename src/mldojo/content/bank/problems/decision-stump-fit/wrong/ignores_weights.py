# Ignores the sample weights: minimises the number of mistakes, then reports that stump's weighted error.
import numpy as np


def fit_stump(X, y, w):
    n, d = X.shape
    best = None
    for j in range(d):
        values = np.unique(X[:, j])
        thresholds = np.concatenate([[values[0] - 1.0], (values[:-1] + values[1:]) / 2.0])
        for t in thresholds:
            for s in (1, -1):
                pred = np.where(X[:, j] > t, s, -s)
                count = int((pred != y).sum())
                if best is None or count < best[0]:
                    best = (count, j, float(t), s, float(w[pred != y].sum()))
    return best[1], best[2], best[3], best[4]
