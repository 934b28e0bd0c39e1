import numpy as np


def adaboost_update(
    weights: np.ndarray, y: np.ndarray, pred: np.ndarray
) -> tuple[float, float, np.ndarray]:
    error = float(weights[pred != y].sum() / weights.sum())
    clipped = min(max(error, 1e-10), 1.0 - 1e-10)
    alpha = 0.5 * float(np.log((1.0 - clipped) / clipped))
    new = weights * np.exp(-alpha * y * pred)
    return error, alpha, new / new.sum()
