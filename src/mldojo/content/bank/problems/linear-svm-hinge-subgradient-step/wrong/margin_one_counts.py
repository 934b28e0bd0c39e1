# Treats margin exactly 1 as a violation (margins <= 1) instead of using subgradient 0 there.
import numpy as np


def svm_step(w, b, X, y, lam, lr):
    n = len(y)
    active = y * (X @ w + b) <= 1.0
    gw = lam * w - (y[active] @ X[active]) / n
    gb = -y[active].sum() / n
    return w - lr * gw, b - lr * gb
