# Wrong sign: uses e = prediction - rating with the same "+" update, so it climbs the loss.
import numpy as np


def mf_sgd_epoch(P, Q, users, items, ratings, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
        p, q = P[u].copy(), Q[i].copy()
        e = p @ q - r
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
