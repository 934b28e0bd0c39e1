# Too slow: accumulates the gradient with a Python loop over the examples.
import numpy as np


def gradient_step(X, y, w, b, lr):
    n, d = X.shape
    grad_w = np.zeros(d)
    grad_b = 0.0
    for i in range(n):
        r = float(X[i] @ w) + b - y[i]
        grad_w += r * X[i]
        grad_b += r
    return w - lr * (2.0 / n) * grad_w, float(b - lr * (2.0 / n) * grad_b)
