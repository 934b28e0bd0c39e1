# Adds lam·b to the bias gradient: the bias is penalised along with the weights.
import numpy as np


def svm_step(w, b, X, y, lam, lr):
    n = len(y)
    active = y * (X @ w + b) < 1.0
    gw = lam * w - (y[active] @ X[active]) / n
    gb = lam * b - y[active].sum() / n
    return w - lr * gw, b - lr * gb
