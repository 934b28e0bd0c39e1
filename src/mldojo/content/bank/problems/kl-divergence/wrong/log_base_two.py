# Uses log base 2 (bits) instead of the natural log (nats).
import numpy as np


def kl_divergence(P, Q):
    support = P > 0
    terms = np.zeros(P.shape)
    with np.errstate(divide="ignore"):
        terms[support] = P[support] * np.log2(P[support] / Q[support])
    return terms.sum(axis=1)
