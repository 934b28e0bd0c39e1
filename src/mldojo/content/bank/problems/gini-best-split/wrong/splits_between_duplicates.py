# Splits between every pair of neighbouring sorted rows, even equal x values, which no threshold can separate.
import numpy as np


def gini_best_split(x, y):
    n = len(x)
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    onehot = np.eye(int(y.max()) + 1)[ys]
    left = np.cumsum(onehot, axis=0)[:-1]
    if len(left) == 0:
        return None, 0.0
    total = onehot.sum(axis=0)
    right = total - left
    nl = np.arange(1, n, dtype=float)
    g = (n - (left**2).sum(1) / nl - (right**2).sum(1) / (n - nl)) / n
    i = int(np.argmin(g))
    return float((xs[i] + xs[i + 1]) / 2), float(g[i])
