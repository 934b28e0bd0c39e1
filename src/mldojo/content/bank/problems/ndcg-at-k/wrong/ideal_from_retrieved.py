# Wrong ideal: re-sorts only the k retrieved documents, ignoring relevant ones the model missed.
import numpy as np


def ndcg_at_k(relevance, scores, k):
    top = min(k, relevance.shape[1])
    discount = 1.0 / np.log2(np.arange(2, top + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
    got = np.take_along_axis(relevance, order, axis=1)
    dcg = got @ discount
    idcg = -np.sort(-got, axis=1) @ discount
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
