# Skips the sign convention: returns whichever of v and -v the iteration ended on.
import numpy as np


def power_iteration(A):
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(10_000):
        w = A @ v
        w = w / np.linalg.norm(w)
        if min(np.linalg.norm(w - v), np.linalg.norm(w + v)) < 1e-12:
            v = w
            break
        v = w
    return float(v @ A @ v), v
