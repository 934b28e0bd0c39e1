# Divides by the number of rows n instead of the number of elements N = n·k.
import numpy as np


def mse_loss_and_gradient(y_pred: np.ndarray, y_true: np.ndarray) -> tuple[float, np.ndarray]:
    diff = y_pred - y_true
    n = diff.shape[0]
    return float(np.sum(diff**2) / n), 2.0 * diff / n
