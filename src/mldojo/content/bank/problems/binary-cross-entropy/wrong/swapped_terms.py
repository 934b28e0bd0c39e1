# Pairs label 1 with log(1 - p) and label 0 with log(p): p is read as the probability of label 0.
import numpy as np


def binary_cross_entropy(y_true: np.ndarray, p: np.ndarray) -> float:
    q = np.clip(p, 1e-12, 1.0 - 1e-12)
    return float(-np.mean(y_true * np.log(1.0 - q) + (1.0 - y_true) * np.log(q)))
