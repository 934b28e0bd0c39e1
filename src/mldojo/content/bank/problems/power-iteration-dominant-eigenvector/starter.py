import numpy as np


def power_iteration(A: np.ndarray) -> tuple[float, np.ndarray]:
    pass
