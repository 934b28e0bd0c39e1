import numpy as np


def avg_pool2d(x: np.ndarray, kernel_size: int, stride: int, padding: int) -> np.ndarray:
    k, s, p = kernel_size, stride, padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    h_out = (xp.shape[2] - k) // s + 1
    w_out = (xp.shape[3] - k) // s + 1
    acc = np.zeros((*x.shape[:2], h_out, w_out))
    for u in range(k):
        for v in range(k):
            # Offset (u, v) of every window at once: (N, C, H_out, W_out).
            acc += xp[:, :, u : u + s * (h_out - 1) + 1 : s, v : v + s * (w_out - 1) + 1 : s]
    return acc / (k * k)
