# Counts every match (true negatives too) as a true positive.
import numpy as np


def precision_recall_f1(y_true, y_pred):
    hits = int(np.sum(y_true == y_pred))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    p = hits / (hits + fp) if hits + fp else 0.0
    r = hits / (hits + fn) if hits + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
