# Uses the natural log (nats) instead of log base 2 (bits).
import numpy as np


def _entropy(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / labels.size
    return float(-(p * np.log(p)).sum())


def entropy_and_gain(y, left):
    parent = _entropy(y)
    yl, yr = y[left], y[~left]
    return parent, parent - (yl.size * _entropy(yl) + yr.size * _entropy(yr)) / y.size
