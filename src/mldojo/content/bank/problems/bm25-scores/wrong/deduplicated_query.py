# Deduplicates the query terms, so a repeated query term contributes only once.
import numpy as np


def bm25(counts, query, k1, b):
    query = np.unique(query)
    n = counts.shape[0]
    tf = counts[:, query].astype(float)
    df = (tf > 0).sum(axis=0)
    idf = np.log1p((n - df + 0.5) / (df + 0.5))
    lengths = counts.sum(axis=1)
    norm = k1 * (1 - b + b * lengths / lengths.mean())
    return (idf * tf * (k1 + 1) / (tf + norm[:, None])).sum(axis=1)
