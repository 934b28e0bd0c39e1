import numpy as np


def gradient_step(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lr: float
) -> tuple[np.ndarray, float]:
    n = X.shape[0]
    residual = X @ w + b - y
    grad_w = (2.0 / n) * (X.T @ residual)
    grad_b = (2.0 / n) * residual.sum()
    return w - lr * grad_w, float(b - lr * grad_b)
