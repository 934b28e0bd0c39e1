import numpy as np


def boosting_step(
    X: np.ndarray, y: np.ndarray, F: np.ndarray, learning_rate: float
) -> tuple[int, float, float, float, np.ndarray]:
    pass
