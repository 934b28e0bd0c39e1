# Cuts between every pair of sorted positions, also between equal values, and reports an error that the threshold cannot realise.
import numpy as np


def fit_stump(X, y, w):
    n, d = X.shape
    best = None
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        x, ys, ws = X[order, j], y[order], w[order]
        for k in range(n + 1):
            for s in (1, -1):
                pred = np.concatenate([np.full(k, -s), np.full(n - k, s)])
                err = float(ws[pred != ys].sum())
                if best is None or err < best[3]:
                    t = x[0] - 1.0 if k == 0 else (x[k - 1] + x[k]) / 2.0 if k < n else x[-1] + 1.0
                    best = (j, float(t), s, err)
    return best
