import numpy as np


def predict_item_item(R: np.ndarray, users: np.ndarray, items: np.ndarray, k: int) -> np.ndarray:
    norms = np.linalg.norm(R, axis=0)
    Rn = np.divide(R, norms, out=np.zeros_like(R), where=norms > 0)
    S = Rn.T @ Rn  # (m, m) cosine similarities between item columns

    m = R.shape[1]
    sims = S[items]  # (p, m): similarity of each query item to every item
    ratings = R[users]  # (p, m): the query user's ratings
    eligible = (ratings > 0) & (np.arange(m) != items[:, None])
    sims = np.where(eligible, sims, -np.inf)
    top = np.argsort(-sims, axis=1, kind="stable")[:, :k]  # ties: lower item index first
    w = np.maximum(np.take_along_axis(sims, top, axis=1), 0.0)  # -inf (ineligible) -> 0
    r = np.take_along_axis(ratings, top, axis=1)
    num, den = (w * r).sum(axis=1), w.sum(axis=1)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)
