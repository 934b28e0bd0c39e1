# Measures each point's distance to the last chosen centre only, not to the nearest chosen centre.
import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    indices = [int(u[0] * n)]
    for c in range(1, k):
        weights = ((X - X[indices[-1]]) ** 2).sum(axis=1)
        cumulative = np.cumsum(weights)
        indices.append(int(np.argmax(cumulative > u[c] * cumulative[-1])))
    idx = np.array(indices, dtype=np.int64)
    return X[idx], idx
