import numpy as np


def mf_sgd_epoch(
    P: np.ndarray,
    Q: np.ndarray,
    users: np.ndarray,
    items: np.ndarray,
    ratings: np.ndarray,
    lr: float,
    reg: float,
) -> tuple[np.ndarray, np.ndarray]:
    pass
