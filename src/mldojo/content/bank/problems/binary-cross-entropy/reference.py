import numpy as np

EPS = 1e-12


def binary_cross_entropy(y_true: np.ndarray, p: np.ndarray) -> float:
    q = np.clip(p, EPS, 1.0 - EPS)
    terms = y_true * np.log(q) + (1.0 - y_true) * np.log(1.0 - q)
    return float(-np.mean(terms))
