# Computes D(Q || P) instead of D(P || Q): KL divergence is not symmetric.
import numpy as np


def kl_divergence(P, Q):
    support = Q > 0
    terms = np.zeros(P.shape)
    with np.errstate(divide="ignore"):
        terms[support] = Q[support] * np.log(Q[support] / P[support])
    return terms.sum(axis=1)
