# Updates w first and computes the bias gradient from residuals of the new w.
import numpy as np


def gradient_step(X, y, w, b, lr):
    n = X.shape[0]
    residual = X @ w + b - y
    w_new = w - lr * (2.0 / n) * (X.T @ residual)
    residual = X @ w_new + b - y
    return w_new, float(b - lr * (2.0 / n) * residual.sum())
