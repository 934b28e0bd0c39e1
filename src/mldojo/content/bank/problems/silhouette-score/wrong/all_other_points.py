# Uses the mean distance to all points of other clusters instead of the nearest other cluster.
import numpy as np


def silhouette_samples(X, labels):
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    n = len(X)
    s = np.zeros(n)
    for i in range(n):
        same = labels == labels[i]
        if same.sum() == 1:
            continue
        a = D[i, same].sum() / (same.sum() - 1)
        b = D[i, ~same].mean()
        s[i] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return s
