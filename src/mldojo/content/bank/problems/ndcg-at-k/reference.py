import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> np.ndarray:
    top = min(k, relevance.shape[1])
    discount = 1.0 / np.log2(np.arange(2, top + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
    dcg = np.take_along_axis(relevance, order, axis=1) @ discount
    idcg = -np.sort(-relevance, axis=1)[:, :top] @ discount
    safe = np.where(idcg > 0, idcg, 1.0)
    return np.where(idcg > 0, dcg / safe, 0.0)
