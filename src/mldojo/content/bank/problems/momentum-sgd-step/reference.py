import numpy as np


def momentum_sgd_step(
    params: np.ndarray,
    grads: np.ndarray,
    velocity: np.ndarray,
    lr: float,
    momentum: float,
    nesterov: bool,
) -> tuple[np.ndarray, np.ndarray]:
    new_velocity = momentum * velocity + grads
    step = grads + momentum * new_velocity if nesterov else new_velocity
    return params - lr * step, new_velocity
