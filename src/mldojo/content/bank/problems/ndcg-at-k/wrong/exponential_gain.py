# Wrong convention: uses exponential gains 2^rel - 1 instead of the stated linear gains.
import numpy as np


def ndcg_at_k(relevance, scores, k):
    top = min(k, relevance.shape[1])
    gain = np.exp2(relevance) - 1.0
    discount = 1.0 / np.log2(np.arange(2, top + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
    dcg = np.take_along_axis(gain, order, axis=1) @ discount
    idcg = -np.sort(-gain, axis=1)[:, :top] @ discount
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
