import numpy as np


def log_loss_multiclass(y_true: np.ndarray, probs: np.ndarray, eps: float) -> float:
    p = probs[np.arange(probs.shape[0]), y_true]
    return float(-np.mean(np.log(np.clip(p, eps, 1.0 - eps))))
