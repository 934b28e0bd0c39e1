import numpy as np


def mse_loss_and_gradient(y_pred: np.ndarray, y_true: np.ndarray) -> tuple[float, np.ndarray]:
    diff = y_pred - y_true
    loss = float(np.mean(diff * diff))
    grad = (2.0 / diff.size) * diff
    return loss, grad
