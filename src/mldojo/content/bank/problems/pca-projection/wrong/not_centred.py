# Skips centring: the directions and projections of the raw data include the mean.
import numpy as np


def pca_project(X, k):
    eigenvalues, eigenvectors = np.linalg.eigh(X.T @ X)
    order = np.argsort(eigenvalues)[::-1][:k]
    return X @ eigenvectors[:, order]
