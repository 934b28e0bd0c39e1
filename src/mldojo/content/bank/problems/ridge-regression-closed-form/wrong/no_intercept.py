# Fits without an intercept (b = 0): the line is forced through the origin.
import numpy as np


def ridge_fit(X, y, lam):
    w = np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)
    return w, 0.0
