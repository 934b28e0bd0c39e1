# Wrong axis: treats rows as the variables, giving (n, n) matrices.
import numpy as np


def covariance_and_correlation(X):
    centred = X - X.mean(axis=1, keepdims=True)
    C = centred @ centred.T / (X.shape[1] - 1 if X.shape[1] > 1 else 1)
    s = np.sqrt(np.diag(C))
    with np.errstate(divide="ignore", invalid="ignore"):
        R = C / np.outer(s, s)
    return C, R
