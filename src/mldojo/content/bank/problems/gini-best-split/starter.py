import numpy as np


def gini_best_split(x: np.ndarray, y: np.ndarray) -> tuple[float | None, float]:
    pass
