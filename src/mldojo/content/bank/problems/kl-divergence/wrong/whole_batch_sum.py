# Sums over the whole matrix and returns one number instead of one divergence per row.
import numpy as np


def kl_divergence(P, Q):
    support = P > 0
    with np.errstate(divide="ignore"):
        return float(np.sum(P[support] * np.log(P[support] / Q[support])))
