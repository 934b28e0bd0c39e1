import numpy as np


def mse_backprop_two_layer(
    X: np.ndarray, Y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> tuple[float, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    diff = A1 @ W2 + b2 - Y
    loss = float(np.mean(diff * diff))
    dY = 2.0 * diff / diff.size
    dW2 = A1.T @ dY
    db2 = dY.sum(axis=0)
    dZ1 = (dY @ W2.T) * (Z1 > 0)
    dW1 = X.T @ dZ1
    db1 = dZ1.sum(axis=0)
    return loss, dW1, db1, dW2, db2
