import numpy as np


def impute_missing(X_train: np.ndarray, X: np.ndarray, strategy: str) -> tuple[np.ndarray, np.ndarray]:
    pass
