# Forgets the column of ones: fits a model through the origin and returns only d weights.
import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.linalg.solve(X.T @ X, X.T @ y)
