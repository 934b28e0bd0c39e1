# Divides by n instead of n - 1 (population covariance); the correlation is unaffected.
import numpy as np


def covariance_and_correlation(X):
    centred = X - X.mean(axis=0)
    C = centred.T @ centred / X.shape[0]
    s = np.sqrt(np.diag(C))
    with np.errstate(divide="ignore", invalid="ignore"):
        R = C / np.outer(s, s)
    return C, R
