# Sums the hinge subgradients over the examples instead of averaging them.
import numpy as np


def svm_step(w, b, X, y, lam, lr):
    active = y * (X @ w + b) < 1.0
    gw = lam * w - y[active] @ X[active]
    gb = -y[active].sum()
    return w - lr * gw, b - lr * gb
