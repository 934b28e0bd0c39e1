# Uses the unsmoothed idf ln(n / df) + 1 (smooth_idf=False) instead of the smoothed one.
import numpy as np


def tfidf(counts):
    n = counts.shape[0]
    df = np.maximum((counts > 0).sum(axis=0), 1)
    x = counts * (np.log(n / df) + 1)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
