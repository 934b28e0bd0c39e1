# Numerically unstable: sum(x*y) - n*mean(x)*mean(y) cancels catastrophically for data far from 0.
import numpy as np


def covariance_and_correlation(X):
    n = X.shape[0]
    m = X.mean(axis=0)
    C = (X.T @ X - n * np.outer(m, m)) / (n - 1)
    s = np.sqrt(np.abs(np.diag(C)))
    with np.errstate(divide="ignore", invalid="ignore"):
        R = C / np.outer(s, s)
    return C, R
