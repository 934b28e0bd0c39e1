# Counts positives scored at or above a negative: a tie is worth 1 instead of one half.
import numpy as np


def roc_auc(y_true, scores):
    pos = np.sort(scores[y_true == 1])
    neg = np.sort(scores[y_true == 0])
    at_or_below = np.searchsorted(neg, pos, side="right")
    return float(at_or_below.sum() / (len(pos) * len(neg)))
