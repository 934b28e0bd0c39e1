import numpy as np


def multi_head_attention(
    x: np.ndarray,
    Wq: np.ndarray,
    Wk: np.ndarray,
    Wv: np.ndarray,
    Wo: np.ndarray,
    num_heads: int,
    causal: bool,
) -> np.ndarray:
    B, T, D = x.shape
    h = num_heads
    dk = D // h

    def heads(M: np.ndarray) -> np.ndarray:
        # (B, T, D) -> (B, h, T, dk): split the features, then bring the head axis forward.
        return (x @ M).reshape(B, T, h, dk).transpose(0, 2, 1, 3)

    Q, K, V = heads(Wq), heads(Wk), heads(Wv)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(dk)  # (B, h, T, T)
    if causal:
        future = np.triu(np.ones((T, T), dtype=bool), k=1)
        scores = np.where(future, -np.inf, scores)
    scores -= scores.max(axis=-1, keepdims=True)  # the diagonal is always allowed: finite maximum
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    mixed = (weights @ V).transpose(0, 2, 1, 3).reshape(B, T, D)  # heads side by side
    return mixed @ Wo
