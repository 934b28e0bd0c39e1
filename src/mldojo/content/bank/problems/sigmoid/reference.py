import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    out = np.empty_like(x, dtype=np.float64)
    positive = x >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-x[positive]))
    small = np.exp(x[~positive])  # x < 0 here, so exp(x) < 1 never overflows
    out[~positive] = small / (1.0 + small)
    return out
