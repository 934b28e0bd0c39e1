import numpy as np


def _entropy(labels: np.ndarray) -> float:
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / labels.size
    return float(-(p * np.log2(p)).sum())


def entropy_and_gain(y, left):
    n = y.size
    parent = _entropy(y)
    y_left, y_right = y[left], y[~left]
    children = (y_left.size * _entropy(y_left) + y_right.size * _entropy(y_right)) / n
    return parent, parent - children
