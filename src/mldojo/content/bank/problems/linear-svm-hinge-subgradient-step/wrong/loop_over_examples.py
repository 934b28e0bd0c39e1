# Too slow: accumulates the subgradient example by example in a Python loop.
import numpy as np


def svm_step(w, b, X, y, lam, lr):
    n = len(y)
    gw = lam * w.copy()
    gb = 0.0
    for i in range(n):
        if y[i] * (X[i] @ w + b) < 1.0:
            gw -= y[i] * X[i] / n
            gb -= y[i] / n
    return w - lr * gw, b - lr * gb
