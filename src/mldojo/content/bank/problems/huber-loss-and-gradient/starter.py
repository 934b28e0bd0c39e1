import numpy as np


def huber_loss_and_gradient(
    y_pred: np.ndarray, y_true: np.ndarray, delta: float
) -> tuple[float, np.ndarray]:
    pass
