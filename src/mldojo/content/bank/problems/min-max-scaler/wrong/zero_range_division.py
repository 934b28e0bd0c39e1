# Divides by a zero range for constant training columns, producing nan or inf.
import numpy as np


def min_max_scale(X_train, X, low, high):
    lo = X_train.min(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return low + (X - lo) / (X_train.max(axis=0) - lo) * (high - low)
