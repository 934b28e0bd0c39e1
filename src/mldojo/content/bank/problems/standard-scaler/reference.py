import numpy as np


def standard_scale(X: np.ndarray) -> np.ndarray:
    centred = X - X.mean(axis=0)
    std = np.sqrt(np.mean(centred * centred, axis=0))
    constant = X.max(axis=0) == X.min(axis=0)  # exact, unlike std == 0
    scaled = centred / np.where(constant, 1.0, std)
    scaled[:, constant] = 0.0
    return scaled
