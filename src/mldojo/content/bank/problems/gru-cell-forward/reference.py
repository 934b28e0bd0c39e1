import numpy as np


def _sigmoid(t: np.ndarray) -> np.ndarray:
    # 0.5 * (1 + tanh(t / 2)) equals 1 / (1 + exp(-t)) and never overflows.
    return 0.5 * (1.0 + np.tanh(0.5 * t))


def gru_cell_forward(x, h_prev, W_x, W_h, b_x, b_h):
    H = h_prev.shape[1]
    A = x @ W_x + b_x
    B = h_prev @ W_h + b_h
    r = _sigmoid(A[:, :H] + B[:, :H])
    z = _sigmoid(A[:, H : 2 * H] + B[:, H : 2 * H])
    n = np.tanh(A[:, 2 * H :] + r * B[:, 2 * H :])
    return (1.0 - z) * n + z * h_prev
