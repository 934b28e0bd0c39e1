# Clips q to 1e-12 to avoid division by zero, so an impossible event costs a finite amount instead of inf.
import numpy as np


def kl_divergence(P, Q):
    support = P > 0
    q = np.maximum(Q, 1e-12)
    terms = np.zeros(P.shape)
    terms[support] = P[support] * np.log(P[support] / q[support])
    return terms.sum(axis=1)
