# Swaps the denominators: divides TP by the actual positives for precision and by the predicted positives for recall.
import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    predicted, actual = int(np.sum(y_pred == 1)), int(np.sum(y_true == 1))
    p = tp / actual if actual else 0.0
    r = tp / predicted if predicted else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
