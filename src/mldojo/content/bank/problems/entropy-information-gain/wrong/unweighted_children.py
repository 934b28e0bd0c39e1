# Averages the two child entropies without weighting them by their sizes.
import numpy as np


def _entropy(labels):
    if labels.size == 0:
        return 0.0
    _, counts = np.unique(labels, return_counts=True)
    p = counts / labels.size
    return float(-(p * np.log2(p)).sum())


def entropy_and_gain(y, left):
    parent = _entropy(y)
    return parent, parent - 0.5 * (_entropy(y[left]) + _entropy(y[~left]))
