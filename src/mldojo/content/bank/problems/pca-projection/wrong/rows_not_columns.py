# Takes rows of the eigenvector matrix as the components; eigh returns eigenvectors as columns.
import numpy as np


def pca_project(X, k):
    centred = X - X.mean(axis=0)
    eigenvalues, eigenvectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(eigenvalues)[::-1][:k]
    return centred @ eigenvectors[order, :].T
