import numpy as np


def dense_backward(
    X: np.ndarray, W: np.ndarray, grad_out: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dX = grad_out @ W.T
    dW = X.T @ grad_out
    db = grad_out.sum(axis=0)
    return dX, dW, db
