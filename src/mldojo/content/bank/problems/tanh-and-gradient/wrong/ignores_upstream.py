# Missing term: returns the local derivative 1 - y^2 without multiplying by the upstream gradient.
import numpy as np


def tanh_and_gradient(x: np.ndarray, grad_out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.tanh(x)
    return y, 1.0 - y * y
