# Ignores the flag: always puts the bias column in front.
import numpy as np


def polynomial_features_degree_two(X, include_bias):
    n, d = X.shape
    i, j = np.triu_indices(d)
    return np.hstack([np.ones((n, 1)), X, X[:, i] * X[:, j]])
