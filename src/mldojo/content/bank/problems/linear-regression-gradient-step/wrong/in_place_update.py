# Updates w in place with -=, which changes the caller's array.
import numpy as np


def gradient_step(X, y, w, b, lr):
    n = X.shape[0]
    residual = X @ w + b - y
    w -= lr * (2.0 / n) * (X.T @ residual)
    return w, float(b - lr * (2.0 / n) * residual.sum())
