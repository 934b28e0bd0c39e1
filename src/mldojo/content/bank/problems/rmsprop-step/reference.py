import numpy as np


def rmsprop_step(
    params: np.ndarray,
    grads: np.ndarray,
    sq_avg: np.ndarray,
    lr: float,
    rho: float,
    eps: float,
) -> tuple[np.ndarray, np.ndarray]:
    new_sq_avg = rho * sq_avg + (1.0 - rho) * grads * grads
    return params - lr * grads / (np.sqrt(new_sq_avg) + eps), new_sq_avg
