# Measures document length as the number of distinct terms instead of the number of tokens.
import numpy as np


def bm25(counts, query, k1, b):
    n = counts.shape[0]
    tf = counts[:, query].astype(float)
    df = (tf > 0).sum(axis=0)
    idf = np.log1p((n - df + 0.5) / (df + 0.5))
    lengths = (counts > 0).sum(axis=1)
    norm = k1 * (1 - b + b * lengths / lengths.mean())
    return (idf * tf * (k1 + 1) / (tf + norm[:, None])).sum(axis=1)
