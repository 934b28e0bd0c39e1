# Has no case for a constant feature: with no candidate threshold, argmin of an empty array raises.
import numpy as np


def gini_best_split(x, y):
    n = len(x)
    C = int(y.max()) + 1
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    left = np.cumsum(np.eye(C)[ys], axis=0)
    cuts = np.flatnonzero(xs[1:] > xs[:-1])
    L = left[cuts]
    R = left[-1] - L
    nl = cuts + 1.0
    g = (n - (L**2).sum(1) / nl - (R**2).sum(1) / (n - nl)) / n
    b = int(np.argmin(g))
    return float((xs[cuts[b]] + xs[cuts[b] + 1]) / 2), float(g[b])
