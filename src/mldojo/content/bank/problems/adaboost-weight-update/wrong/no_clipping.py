# Does not clip the error: a perfect learner gives alpha = inf and the new weights become nan.
import numpy as np


def adaboost_update(weights, y, pred):
    error = weights[pred != y].sum() / weights.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = 0.5 * np.log((1.0 - error) / error)
        new = weights * np.exp(-alpha * y * pred)
        return float(error), float(alpha), new / new.sum()
