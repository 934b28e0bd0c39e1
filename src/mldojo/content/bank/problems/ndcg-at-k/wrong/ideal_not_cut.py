# Missing cut-off: the ideal DCG sums over all m documents instead of the top k.
import numpy as np


def ndcg_at_k(relevance, scores, k):
    m = relevance.shape[1]
    top = min(k, m)
    discount = 1.0 / np.log2(np.arange(2, m + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
    dcg = np.take_along_axis(relevance, order, axis=1) @ discount[:top]
    idcg = -np.sort(-relevance, axis=1) @ discount
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
