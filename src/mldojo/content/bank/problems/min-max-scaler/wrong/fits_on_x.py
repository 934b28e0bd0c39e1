# Data leakage: learns the minimum and maximum from X instead of from X_train.
import numpy as np


def min_max_scale(X_train, X, low, high):
    source = X if X.shape[0] else X_train
    lo = source.min(axis=0)
    span = source.max(axis=0) - lo
    span = np.where(span > 0, span, 1.0)
    return low + (X - lo) / span * (high - low)
