import numpy as np


def huber_loss_and_gradient(
    y_pred: np.ndarray, y_true: np.ndarray, delta: float
) -> tuple[float, np.ndarray]:
    r = y_pred - y_true
    size = np.abs(r)
    quadratic = size <= delta
    per_example = np.where(quadratic, 0.5 * r * r, delta * (size - 0.5 * delta))
    grad = np.clip(r, -delta, delta) / r.size
    return float(per_example.mean()), grad
