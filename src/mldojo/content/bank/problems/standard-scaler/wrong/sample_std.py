# Divides by the sample standard deviation (ddof=1) instead of the population one (ddof=0).
import numpy as np


def standard_scale(X):
    std = X.std(axis=0, ddof=1) if X.shape[0] > 1 else np.zeros(X.shape[1])
    constant = X.max(axis=0) == X.min(axis=0)
    Z = (X - X.mean(axis=0)) / np.where(constant, 1.0, std)
    Z[:, constant] = 0.0
    return Z
