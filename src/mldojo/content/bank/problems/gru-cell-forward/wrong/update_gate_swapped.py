# Blends the wrong way round: h = z * n + (1 - z) * h_prev.
import numpy as np
from scipy.special import expit


def gru_cell_forward(x, h_prev, W_x, W_h, b_x, b_h):
    H = h_prev.shape[1]
    A, B = x @ W_x + b_x, h_prev @ W_h + b_h
    r = expit(A[:, :H] + B[:, :H])
    z = expit(A[:, H : 2 * H] + B[:, H : 2 * H])
    n = np.tanh(A[:, 2 * H :] + r * B[:, 2 * H :])
    return z * n + (1.0 - z) * h_prev
