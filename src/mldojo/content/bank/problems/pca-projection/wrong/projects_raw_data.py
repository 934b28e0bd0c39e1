# Finds the components of the centred data but projects the raw X, so every column is shifted.
import numpy as np


def pca_project(X, k):
    centred = X - X.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    return X @ vt[:k].T
