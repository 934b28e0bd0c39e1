# Breaks distance ties toward the highest centroid index instead of the lowest.
import numpy as np


def kmeans_step(X, centroids):
    k = centroids.shape[0]
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = k - 1 - dist[:, ::-1].argmin(axis=1)
    new = centroids.astype(np.float64, copy=True)
    for j in range(k):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return labels, new
