# Sizes the output from max(labels) + 1 instead of k, so a missing top class loses its column.
import numpy as np


def one_hot(labels, k):
    width = int(labels.max()) + 1 if labels.size else 0
    out = np.zeros((labels.shape[0], width))
    out[np.arange(labels.shape[0]), labels] = 1.0
    return out
