import numpy as np


def ucb1_select(counts: np.ndarray, means: np.ndarray, t: int) -> int:
    pass
