# Fits a separate simple regression per feature, ignoring correlation between the features.
import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    xc = X - X.mean(axis=0)
    yc = y - y.mean()
    coef = (xc * yc[:, None]).sum(axis=0) / (xc**2).sum(axis=0)
    intercept = y.mean() - X.mean(axis=0) @ coef
    return np.concatenate([[intercept], coef])
