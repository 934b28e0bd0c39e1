# Divides by the count of every cluster: an empty cluster becomes 0/0 = nan instead of keeping its centroid.
import numpy as np


def kmeans_step(X, centroids):
    k = centroids.shape[0]
    dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = dist.argmin(axis=1)
    sums = np.zeros(centroids.shape)
    np.add.at(sums, labels, X)
    counts = np.bincount(labels, minlength=k)
    with np.errstate(invalid="ignore", divide="ignore"):
        return labels, sums / counts[:, None]
