# Stops after a fixed 30 iterations instead of at convergence: too few when |lambda2 / lambda1| is close to 1.
import numpy as np


def power_iteration(A):
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(30):
        w = A @ v
        v = w / np.linalg.norm(w)
    v = v if v[np.argmax(np.abs(v))] > 0 else -v
    return float(v @ A @ v), v
