import numpy as np


def perceptron_epoch(X, y, w, b, lr):
    w = w.astype(np.float64).copy()
    b = float(b)
    mistakes = 0
    for x_i, y_i in zip(X, y.tolist()):
        if y_i * (float(x_i @ w) + b) <= 0:
            w += lr * y_i * x_i
            b += lr * y_i
            mistakes += 1
    return w, b, mistakes
