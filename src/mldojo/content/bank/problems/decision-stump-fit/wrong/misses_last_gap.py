# Off-by-one: the candidate cuts stop one short, so the cut between the two largest values is never tried.
import numpy as np


def fit_stump(X, y, w):
    n, d = X.shape
    best = None
    for j in range(d):
        values = np.unique(X[:, j])
        thresholds = np.concatenate([[values[0] - 1.0], (values[:-2] + values[1:-1]) / 2.0])
        for t in thresholds:
            for s in (1, -1):
                pred = np.where(X[:, j] > t, s, -s)
                err = float(w[pred != y].sum())
                if best is None or err < best[3]:
                    best = (j, float(t), s, err)
    return best
