# Steps along the gradient instead of against it (residual y - prediction with the same minus sign).
import numpy as np


def gradient_step(X, y, w, b, lr):
    n = X.shape[0]
    residual = y - (X @ w + b)
    return w - lr * (2.0 / n) * (X.T @ residual), float(b - lr * (2.0 / n) * residual.sum())
