# Wrong tie convention: argsort ascending then reversed, so tied scores put the higher index first.
import numpy as np


def ndcg_at_k(relevance, scores, k):
    top = min(k, relevance.shape[1])
    discount = 1.0 / np.log2(np.arange(2, top + 2))
    order = np.argsort(scores, axis=1, kind="stable")[:, ::-1][:, :top]
    dcg = np.take_along_axis(relevance, order, axis=1) @ discount
    idcg = -np.sort(-relevance, axis=1)[:, :top] @ discount
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
