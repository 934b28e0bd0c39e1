# Drops the factor 2 from the derivative of the square.
import numpy as np


def mse_loss_and_gradient(y_pred: np.ndarray, y_true: np.ndarray) -> tuple[float, np.ndarray]:
    diff = y_pred - y_true
    return float(np.mean(diff**2)), diff / diff.size
