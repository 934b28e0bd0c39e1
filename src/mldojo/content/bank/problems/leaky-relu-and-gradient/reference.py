import numpy as np


def leaky_relu_and_gradient(
    x: np.ndarray, grad_out: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    pos = x > 0
    return np.where(pos, x, alpha * x), np.where(pos, grad_out, alpha * grad_out)
