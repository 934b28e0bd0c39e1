import numpy as np


def mean_average_precision(scores: np.ndarray, relevant: np.ndarray) -> float:
    pass
