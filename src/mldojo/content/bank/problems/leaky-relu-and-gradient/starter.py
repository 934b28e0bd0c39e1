import numpy as np


def leaky_relu_and_gradient(
    x: np.ndarray, grad_out: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    pass
