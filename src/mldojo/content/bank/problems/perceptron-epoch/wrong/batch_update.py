# Finds every mistake with the starting weights and applies all corrections at once.
import numpy as np


def perceptron_epoch(X, y, w, b, lr):
    wrong = y * (X @ w + b) <= 0
    w_new = w + lr * (y[wrong, None] * X[wrong]).sum(axis=0)
    return w_new, float(b + lr * y[wrong].sum()), int(wrong.sum())
