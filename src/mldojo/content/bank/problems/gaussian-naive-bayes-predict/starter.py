import numpy as np


def gaussian_nb_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, var_smoothing: float
) -> tuple[np.ndarray, np.ndarray]:
    pass
