# Uses y_true - y_pred in the gradient, so a descent step would move predictions away from the targets.
import numpy as np


def mse_loss_and_gradient(y_pred: np.ndarray, y_true: np.ndarray) -> tuple[float, np.ndarray]:
    diff = y_true - y_pred
    return float(np.mean(diff**2)), 2.0 * diff / diff.size
