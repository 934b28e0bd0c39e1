import numpy as np


def rmsprop_step(
    params: np.ndarray,
    grads: np.ndarray,
    sq_avg: np.ndarray,
    lr: float,
    rho: float,
    eps: float,
) -> tuple[np.ndarray, np.ndarray]:
    pass
