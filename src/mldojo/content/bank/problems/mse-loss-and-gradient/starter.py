import numpy as np


def mse_loss_and_gradient(y_pred: np.ndarray, y_true: np.ndarray) -> tuple[float, np.ndarray]:
    pass
