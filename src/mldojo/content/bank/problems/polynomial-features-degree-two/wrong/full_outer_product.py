# Duplicates: uses the full outer product, so both x_i x_j and x_j x_i appear (d^2 quadratic columns).
import numpy as np


def polynomial_features_degree_two(X, include_bias):
    n, d = X.shape
    quad = (X[:, :, None] * X[:, None, :]).reshape(n, d * d)
    parts = [X, quad]
    if include_bias:
        parts.insert(0, np.ones((n, 1)))
    return np.hstack(parts)
