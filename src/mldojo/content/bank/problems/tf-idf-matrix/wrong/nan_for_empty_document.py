# Divides by the row norm unconditionally: an empty document becomes 0/0 = nan.
import numpy as np


def tfidf(counts):
    n = counts.shape[0]
    df = (counts > 0).sum(axis=0)
    x = counts * (np.log((1 + n) / (1 + df)) + 1)
    return x / np.linalg.norm(x, axis=1, keepdims=True)
