import numpy as np


def temperature_top_k(logits: np.ndarray, k: int, T: float) -> np.ndarray:
    top = np.argsort(-logits, axis=1, kind="stable")[:, :k]  # ties: lower index first
    keep = np.zeros(logits.shape, dtype=bool)
    np.put_along_axis(keep, top, True, axis=1)
    scaled = np.where(keep, logits / T, -np.inf)
    scaled = scaled - scaled.max(axis=1, keepdims=True)
    exps = np.exp(scaled)  # exp(-inf) = 0 for the dropped tokens
    return exps / exps.sum(axis=1, keepdims=True)
