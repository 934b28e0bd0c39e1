import numpy as np


def _signed(v: np.ndarray) -> np.ndarray:
    return v if v[np.argmax(np.abs(v))] > 0 else -v


def power_iteration(A: np.ndarray) -> tuple[float, np.ndarray]:
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(10_000):
        w = A @ v
        w = _signed(w / np.linalg.norm(w))
        if np.linalg.norm(w - v) < 1e-12:
            v = w
            break
        v = w
    return float(v @ A @ v), v
