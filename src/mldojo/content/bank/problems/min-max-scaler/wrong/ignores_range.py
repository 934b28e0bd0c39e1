# Missing term: always scales to [0, 1] and ignores low and high.
import numpy as np


def min_max_scale(X_train, X, low, high):
    lo = X_train.min(axis=0)
    span = X_train.max(axis=0) - lo
    return (X - lo) / np.where(span > 0, span, 1.0)
