# Chooses the threshold by weighted entropy (information gain) instead of weighted Gini impurity.
import numpy as np


def gini_best_split(x, y):
    u = np.unique(x)
    C = int(y.max()) + 1
    n = len(x)
    if len(u) == 1:
        p = np.bincount(y, minlength=C) / n
        return None, float(1 - (p**2).sum())
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    left = np.cumsum(np.eye(C)[ys], axis=0)
    cuts = np.flatnonzero(xs[1:] > xs[:-1])
    L = left[cuts]
    R = left[-1] - L
    nl, nr = L.sum(1), R.sum(1)

    def ent(counts, size):
        p = counts / size[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            return -np.where(p > 0, p * np.log(p), 0.0).sum(1)

    h = (nl * ent(L, nl) + nr * ent(R, nr)) / n
    b = int(np.argmin(h))
    g = (n - (L[b] ** 2).sum() / nl[b] - (R[b] ** 2).sum() / nr[b]) / n
    return float((xs[cuts[b]] + xs[cuts[b] + 1]) / 2), float(g)
