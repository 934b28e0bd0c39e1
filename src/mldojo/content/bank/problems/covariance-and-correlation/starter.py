import numpy as np


def covariance_and_correlation(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pass
