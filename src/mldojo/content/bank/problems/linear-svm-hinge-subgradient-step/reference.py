import numpy as np


def svm_step(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float, lr: float
) -> tuple[np.ndarray, float]:
    n = X.shape[0]
    margins = y * (X @ w + b)
    active = margins < 1.0  # margin exactly 1: subgradient 0
    pull = np.where(active, y, 0.0)  # y_i on violating examples, 0 elsewhere
    grad_w = lam * w - (pull @ X) / n
    grad_b = -pull.sum() / n
    return w - lr * grad_w, float(b - lr * grad_b)
