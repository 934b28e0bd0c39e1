# Gives a singleton cluster's sample s = 1 (a = 0) instead of the convention s = 0.
import numpy as np


def silhouette_samples(X, labels):
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    n = len(X)
    s = np.zeros(n)
    for i in range(n):
        same = labels == labels[i]
        a = D[i, same].sum() / max(same.sum() - 1, 1)
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return s
