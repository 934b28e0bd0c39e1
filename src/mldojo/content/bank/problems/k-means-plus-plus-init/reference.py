import numpy as np


def kmeans_pp_init(X, k, u):
    n = X.shape[0]
    indices = [int(u[0] * n)]
    nearest = ((X - X[indices[0]]) ** 2).sum(axis=1)
    for c in range(1, k):
        cumulative = np.cumsum(nearest)
        i = int(np.argmax(cumulative > u[c] * cumulative[-1]))
        indices.append(i)
        nearest = np.minimum(nearest, ((X - X[i]) ** 2).sum(axis=1))
    idx = np.array(indices, dtype=np.int64)
    return X[idx].copy(), idx
