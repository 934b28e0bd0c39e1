# Too slow: finds each point's nearest centroid in a Python loop over the points.
import numpy as np


def kmeans_step(X, centroids):
    n, k = X.shape[0], centroids.shape[0]
    labels = np.empty(n, dtype=np.int64)
    for i in range(n):
        labels[i] = int(np.argmin(((centroids - X[i]) ** 2).sum(axis=1)))
    new = centroids.astype(np.float64, copy=True)
    for j in range(k):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return labels, new
