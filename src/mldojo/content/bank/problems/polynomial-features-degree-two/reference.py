import numpy as np


def polynomial_features_degree_two(X: np.ndarray, include_bias: bool) -> np.ndarray:
    n, d = X.shape
    i, j = np.triu_indices(d)
    parts = [X, X[:, i] * X[:, j]]
    if include_bias:
        parts.insert(0, np.ones((n, 1)))
    return np.hstack(parts)
