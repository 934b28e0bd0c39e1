# Missing term: leaves out the L2 penalty -reg * p and -reg * q.
import numpy as np


def mf_sgd_epoch(P, Q, users, items, ratings, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * e * q
        Q[i] = q + lr * e * p
    return P, Q
