# Updates Q[i] with the already-updated P[u] instead of the old one.
import numpy as np


def mf_sgd_epoch(P, Q, users, items, ratings, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
        e = r - P[u] @ Q[i]
        P[u] = P[u] + lr * (e * Q[i] - reg * P[u])
        Q[i] = Q[i] + lr * (e * P[u] - reg * Q[i])
    return P, Q
