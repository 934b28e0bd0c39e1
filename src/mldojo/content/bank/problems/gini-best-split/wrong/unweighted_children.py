# Averages the two children's impurities without weighting them by their sizes.
import numpy as np


def gini_best_split(x, y):
    u = np.unique(x)
    C = int(y.max()) + 1
    if len(u) == 1:
        p = np.bincount(y, minlength=C) / len(y)
        return None, float(1 - (p**2).sum())
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    left = np.cumsum(np.eye(C)[ys], axis=0)
    cuts = np.flatnonzero(xs[1:] > xs[:-1])
    L = left[cuts]
    R = left[-1] - L
    gl = 1 - ((L / L.sum(1, keepdims=True)) ** 2).sum(1)
    gr = 1 - ((R / R.sum(1, keepdims=True)) ** 2).sum(1)
    g = (gl + gr) / 2
    b = int(np.argmin(g))
    return float((xs[cuts[b]] + xs[cuts[b] + 1]) / 2), float(g[b])
