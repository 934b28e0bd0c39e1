import numpy as np


def adagrad_step(
    params: np.ndarray, grads: np.ndarray, acc: np.ndarray, lr: float, eps: float
) -> tuple[np.ndarray, np.ndarray]:
    pass
