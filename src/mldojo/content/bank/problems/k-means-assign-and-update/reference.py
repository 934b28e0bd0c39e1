import numpy as np


def kmeans_step(X: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    k = centroids.shape[0]
    # Squared distances through differences (exact for ties), one centroid at a time: (n, k).
    dist = np.empty((X.shape[0], k))
    for j in range(k):
        diff = X - centroids[j]
        dist[:, j] = np.einsum("ij,ij->i", diff, diff)
    labels = np.argmin(dist, axis=1)  # the first minimum: ties go to the lowest index
    # Per-cluster sums of each coordinate: a weighted count per dimension.
    sums = np.stack(
        [np.bincount(labels, weights=X[:, c], minlength=k) for c in range(X.shape[1])], axis=1
    )
    counts = np.bincount(labels, minlength=k)
    new_centroids = centroids.astype(np.float64, copy=True)
    filled = counts > 0
    new_centroids[filled] = sums[filled] / counts[filled, None]
    return labels, new_centroids
