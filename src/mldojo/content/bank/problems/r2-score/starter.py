import numpy as np


def r2_score(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    pass
