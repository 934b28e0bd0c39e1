import numpy as np


def bm25(counts: np.ndarray, query: np.ndarray, k1: float, b: float) -> np.ndarray:
    n_docs = counts.shape[0]
    tf = counts[:, query].astype(np.float64)  # (N, q): counts of the query terms
    df = (tf > 0).sum(axis=0)
    idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
    lengths = counts.sum(axis=1)
    norm = k1 * (1.0 - b + b * lengths / lengths.mean())  # (N,)
    return (idf * tf * (k1 + 1.0) / (tf + norm[:, None])).sum(axis=1)
