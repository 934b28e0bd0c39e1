# Clips the result to [low, high], which is not what a fitted affine map does.
import numpy as np


def min_max_scale(X_train, X, low, high):
    lo = X_train.min(axis=0)
    span = X_train.max(axis=0) - lo
    out = low + (X - lo) / np.where(span > 0, span, 1.0) * (high - low)
    return np.clip(out, low, high)
