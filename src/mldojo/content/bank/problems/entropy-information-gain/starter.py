import numpy as np


def entropy_and_gain(y: np.ndarray, left: np.ndarray) -> tuple[float, float]:
    pass
