import numpy as np


def fit_stump(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[int, float, int, float]:
    pass
