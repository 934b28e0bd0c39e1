# Off-by-one in the discount: divides position r by log2(r + 2), so even the top document is discounted.
import numpy as np


def ndcg_at_k(relevance, scores, k):
    top = min(k, relevance.shape[1])
    discount = 1.0 / np.log2(np.arange(3, top + 3))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
    dcg = np.take_along_axis(relevance, order, axis=1) @ discount
    idcg = -np.sort(-relevance, axis=1)[:, :top] @ discount
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
