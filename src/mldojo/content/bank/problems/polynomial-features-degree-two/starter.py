import numpy as np


def polynomial_features_degree_two(X: np.ndarray, include_bias: bool) -> np.ndarray:
    pass
