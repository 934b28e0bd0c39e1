# Clips probabilities to [1e-15, 1 - 1e-15] before the logs, capping a confident mistake at about 34.5.
import numpy as np


def logistic_regression_gradient(X, y, w, b):
    n = X.shape[0]
    p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    q = np.clip(p, 1e-15, 1.0 - 1e-15)
    loss = float(-np.mean(y * np.log(q) + (1.0 - y) * np.log(1.0 - q)))
    return loss, X.T @ (p - y) / n, float(np.mean(p - y))
