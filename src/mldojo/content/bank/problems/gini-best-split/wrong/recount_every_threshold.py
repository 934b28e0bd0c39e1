# Too slow: recounts both sides with boolean masks for every candidate threshold, O(n) each and O(n^2) in all.
import numpy as np


def gini_best_split(x, y):
    C = int(y.max()) + 1
    n = len(x)
    u = np.unique(x)

    def gini(labels):
        p = np.bincount(labels, minlength=C) / len(labels)
        return 1.0 - float((p**2).sum())

    if len(u) == 1:
        return None, gini(y)
    best_t, best_g = None, np.inf
    for a, b in zip(u[:-1], u[1:]):
        t = (a + b) / 2
        mask = x <= t
        g = (mask.sum() * gini(y[mask]) + (~mask).sum() * gini(y[~mask])) / n
        if g < best_g:
            best_t, best_g = float(t), g
    return best_t, best_g
