# Returns the left side's largest x value as the threshold instead of the midpoint to the next value.
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
    nl = cuts + 1.0
    g = (n - (L**2).sum(1) / nl - (R**2).sum(1) / (n - nl)) / n
    b = int(np.argmin(g))
    return float(xs[cuts[b]]), float(g[b])
