# Moves an empty cluster's centroid to the origin instead of leaving it where it was.
import numpy as np


def kmeans_step(X, centroids):
    k = centroids.shape[0]
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = dist.argmin(axis=1)
    sums = np.zeros(centroids.shape)
    np.add.at(sums, labels, X)
    counts = np.bincount(labels, minlength=k)
    return labels, sums / np.maximum(counts, 1)[:, None]
