# Assigns by L1 (Manhattan) distance instead of squared Euclidean distance.
import numpy as np


def kmeans_step(X, centroids):
    k = centroids.shape[0]
    dist = np.abs(X[:, None, :] - centroids[None, :, :]).sum(axis=2)
    labels = dist.argmin(axis=1)
    new = centroids.astype(np.float64, copy=True)
    for j in range(k):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return labels, new
