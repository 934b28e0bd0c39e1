import numpy as np


def min_max_scale(X_train: np.ndarray, X: np.ndarray, low: float, high: float) -> np.ndarray:
    lo = X_train.min(axis=0)
    span = X_train.max(axis=0) - lo
    span = np.where(span > 0, span, 1.0)
    return low + (X - lo) / span * (high - low)
