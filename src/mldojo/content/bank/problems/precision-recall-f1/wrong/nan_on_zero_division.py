# Ignores the zero-division convention: 0/0 becomes nan.
import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1)).astype(np.float64)
    fp = np.sum((y_true == 0) & (y_pred == 1)).astype(np.float64)
    fn = np.sum((y_true == 1) & (y_pred == 0)).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = tp / (tp + fp)
        r = tp / (tp + fn)
        f1 = 2 * p * r / (p + r)
    return float(p), float(r), float(f1)
