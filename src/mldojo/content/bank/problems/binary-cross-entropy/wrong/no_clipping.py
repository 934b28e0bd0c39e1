# Does not clip: log(0) is -inf, so a confident mistake gives inf and 0 * log(0) gives nan.
import numpy as np


def binary_cross_entropy(y_true: np.ndarray, p: np.ndarray) -> float:
    return float(-np.mean(y_true * np.log(p) + (1.0 - y_true) * np.log(1.0 - p)))
