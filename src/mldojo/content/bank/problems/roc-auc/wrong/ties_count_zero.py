# Counts only strictly higher positive scores: a tie is worth 0 instead of one half.
import numpy as np


def roc_auc(y_true, scores):
    pos = np.sort(scores[y_true == 1])
    neg = np.sort(scores[y_true == 0])
    below = np.searchsorted(neg, pos, side="left")  # negatives strictly below each positive
    return float(below.sum() / (len(pos) * len(neg)))
