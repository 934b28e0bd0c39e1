import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # 0.5 * (1 + tanh(z / 2)) equals 1 / (1 + exp(-z)) and never overflows.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_cell_forward(x, h_prev, c_prev, W_x, W_h, b):
    H = h_prev.shape[1]
    Z = x @ W_x + h_prev @ W_h + b
    i = _sigmoid(Z[:, :H])
    f = _sigmoid(Z[:, H : 2 * H])
    g = np.tanh(Z[:, 2 * H : 3 * H])
    o = _sigmoid(Z[:, 3 * H :])
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
