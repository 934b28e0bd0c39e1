# Updates the weights but returns the bias unchanged.
import numpy as np


def gradient_step(X, y, w, b, lr):
    n = X.shape[0]
    residual = X @ w + b - y
    return w - lr * (2.0 / n) * (X.T @ residual), float(b)
