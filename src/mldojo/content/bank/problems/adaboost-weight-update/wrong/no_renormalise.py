# Forgets to renormalise: the new weights no longer sum to 1.
import numpy as np


def adaboost_update(weights, y, pred):
    error = float(weights[pred != y].sum() / weights.sum())
    e = min(max(error, 1e-10), 1.0 - 1e-10)
    alpha = 0.5 * float(np.log((1.0 - e) / e))
    return error, alpha, weights * np.exp(-alpha * y * pred)
