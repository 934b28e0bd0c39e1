import numpy as np


def multinomial_nb_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    pass
