import numpy as np


def adaboost_update(
    weights: np.ndarray, y: np.ndarray, pred: np.ndarray
) -> tuple[float, float, np.ndarray]:
    pass
