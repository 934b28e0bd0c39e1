# Computes every error from the starting factors and applies all gradients at once (a batch step, not SGD).
import numpy as np


def mf_sgd_epoch(P, Q, users, items, ratings, lr, reg):
    e = ratings - np.einsum("mk,mk->m", P[users], Q[items])
    gP = np.zeros_like(P)
    gQ = np.zeros_like(Q)
    np.add.at(gP, users, e[:, None] * Q[items] - reg * P[users])
    np.add.at(gQ, items, e[:, None] * P[users] - reg * Q[items])
    return P + lr * gP, Q + lr * gQ
