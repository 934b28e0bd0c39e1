import numpy as np


def swish_and_gradient(x: np.ndarray, grad_out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    decay = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    sig = np.where(x >= 0, 1.0 / (1.0 + decay), decay / (1.0 + decay))
    y = x * sig
    grad_x = grad_out * sig * (1.0 + x * (1.0 - sig))
    return y, grad_x
