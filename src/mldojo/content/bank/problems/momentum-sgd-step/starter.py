import numpy as np


def momentum_sgd_step(
    params: np.ndarray,
    grads: np.ndarray,
    velocity: np.ndarray,
    lr: float,
    momentum: float,
    nesterov: bool,
) -> tuple[np.ndarray, np.ndarray]:
    pass
