import numpy as np


def perceptron_epoch(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lr: float
) -> tuple[np.ndarray, float, int]:
    pass
