# Forgets the 1/N in the gradient: returns the gradient of the summed, not the mean, squared error.
import numpy as np


def mse_loss_and_gradient(y_pred: np.ndarray, y_true: np.ndarray) -> tuple[float, np.ndarray]:
    diff = y_pred - y_true
    return float(np.mean(diff**2)), 2.0 * diff
