import numpy as np


def kmeans_pp_init(X: np.ndarray, k: int, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pass
