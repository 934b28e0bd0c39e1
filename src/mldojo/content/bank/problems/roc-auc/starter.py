import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    pass
