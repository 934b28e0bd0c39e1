import numpy as np


def thompson_step(
    alpha: np.ndarray, beta: np.ndarray, arms: np.ndarray, rewards: np.ndarray, u: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int]:
    pass
