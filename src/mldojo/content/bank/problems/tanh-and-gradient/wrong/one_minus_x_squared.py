# Missing the composition: uses 1 - x^2 as the local derivative instead of 1 - tanh(x)^2.
import numpy as np


def tanh_and_gradient(x: np.ndarray, grad_out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return np.tanh(x), grad_out * (1.0 - x * x)
