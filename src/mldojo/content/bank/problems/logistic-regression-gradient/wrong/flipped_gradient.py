# Uses y - sigmoid(z) in the gradient: the direction of steepest ascent of the likelihood, not of the loss.
import numpy as np


def logistic_regression_gradient(X, y, w, b):
    n = X.shape[0]
    z = X @ w + b
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    p = np.exp(-np.logaddexp(0.0, -z))
    return loss, X.T @ (y - p) / n, float(np.mean(y - p))
