# Divides each column by its standard deviation first: that is PCA of the correlation matrix, not of the covariance.
import numpy as np


def pca_project(X, k):
    std = X.std(axis=0)
    scaled = (X - X.mean(axis=0)) / np.where(std > 0, std, 1.0)
    _, _, vt = np.linalg.svd(scaled, full_matrices=False)
    return scaled @ vt[:k].T
