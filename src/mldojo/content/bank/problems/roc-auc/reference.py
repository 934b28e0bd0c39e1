import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    # Average ranks (1-based) of all scores: tied scores share the mean of their ranks.
    _, group, counts = np.unique(scores, return_inverse=True, return_counts=True)
    last_rank = np.cumsum(counts)
    average_rank = last_rank - (counts - 1) / 2.0
    ranks = average_rank[group.ravel()]
    positive = y_true == 1
    n_pos = int(np.count_nonzero(positive))
    n_neg = y_true.shape[0] - n_pos
    u = ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))
