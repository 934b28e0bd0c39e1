import numpy as np


def pca_project(X: np.ndarray, k: int) -> np.ndarray:
    centred = X - X.mean(axis=0)
    eigenvalues, eigenvectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(eigenvalues)[::-1][:k]  # largest variance first
    return centred @ eigenvectors[:, order]
