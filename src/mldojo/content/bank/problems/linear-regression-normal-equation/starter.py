import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    pass
