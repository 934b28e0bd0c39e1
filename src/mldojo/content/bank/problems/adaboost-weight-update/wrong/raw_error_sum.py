# Takes the error as the raw sum of the misclassified weights, as if the given weights summed to 1.
import numpy as np


def adaboost_update(weights, y, pred):
    error = float(weights[pred != y].sum())
    e = min(max(error, 1e-10), 1.0 - 1e-10)
    alpha = 0.5 * float(np.log((1.0 - e) / e))
    new = weights * np.exp(-alpha * y * pred)
    return error, alpha, new / new.sum()
