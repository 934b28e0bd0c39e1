import numpy as np


def dropout_inverted_forward(x: np.ndarray, mask: np.ndarray, p: float, training: bool) -> np.ndarray:
    if not training:
        return x.copy()
    return x * mask / (1.0 - p)
