import numpy as np


def pca_project(X: np.ndarray, k: int) -> np.ndarray:
    pass
