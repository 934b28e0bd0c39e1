import numpy as np


def covariance_and_correlation(X):
    centred = X - X.mean(axis=0)
    C = centred.T @ centred / (X.shape[0] - 1)
    s = np.sqrt(np.diag(C))
    with np.errstate(divide="ignore", invalid="ignore"):
        R = C / np.outer(s, s)
    R[s == 0, :] = np.nan
    R[:, s == 0] = np.nan
    return C, R
