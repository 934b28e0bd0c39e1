# Ranks with argsort, so tied scores get distinct ranks by position instead of sharing their average.
import numpy as np


def roc_auc(y_true, scores):
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    n_pos = int((y_true == 1).sum())
    n_neg = len(scores) - n_pos
    return float((ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
