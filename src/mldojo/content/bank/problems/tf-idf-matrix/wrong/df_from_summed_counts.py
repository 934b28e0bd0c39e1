# Uses the total count of a term as its document frequency instead of the number of documents.
import numpy as np


def tfidf(counts):
    n = counts.shape[0]
    df = counts.sum(axis=0)
    x = counts * (np.log((1 + n) / (1 + df)) + 1)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
