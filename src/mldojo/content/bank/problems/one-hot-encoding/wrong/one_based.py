# Treats labels as 1-based (column labels[i] - 1), so class 0 wraps around to the last column.
import numpy as np


def one_hot(labels, k):
    out = np.zeros((labels.shape[0], k))
    out[np.arange(labels.shape[0]), labels - 1] = 1.0
    return out
