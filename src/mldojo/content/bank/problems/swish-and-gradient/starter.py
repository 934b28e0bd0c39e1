import numpy as np


def swish_and_gradient(x: np.ndarray, grad_out: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pass
