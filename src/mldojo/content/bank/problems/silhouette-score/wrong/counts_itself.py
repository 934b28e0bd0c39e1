# Off-by-one: divides a(i) by |C_i| instead of |C_i| - 1, counting the sample itself.
import numpy as np


def silhouette_samples(X, labels):
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    n = len(X)
    s = np.zeros(n)
    for i in range(n):
        same = labels == labels[i]
        if same.sum() == 1:
            continue
        a = D[i, same].sum() / same.sum()
        b = min(D[i, labels == c].mean() for c in np.unique(labels) if c != labels[i])
        s[i] = (b - a) / max(a, b) if max(a, b) > 0 else 0.0
    return s
