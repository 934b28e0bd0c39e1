# Wrong order: lists all squares first, then the cross terms.
import numpy as np


def polynomial_features_degree_two(X, include_bias):
    n, d = X.shape
    i, j = np.triu_indices(d, k=1)
    parts = [X, X * X, X[:, i] * X[:, j]]
    if include_bias:
        parts.insert(0, np.ones((n, 1)))
    return np.hstack(parts)
