import numpy as np


def svm_step(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float, lr: float
) -> tuple[np.ndarray, float]:
    pass
