# Numerically unstable: computes exp(z) / (1 + exp(z)), which is inf/inf = nan for large pre-activations.
import numpy as np


def _sigmoid(z):
    e = np.exp(z)
    return e / (1.0 + e)


def lstm_cell_forward(x, h_prev, c_prev, W_x, W_h, b):
    H = h_prev.shape[1]
    Z = x @ W_x + h_prev @ W_h + b
    i, f, g, o = _sigmoid(Z[:, :H]), _sigmoid(Z[:, H : 2 * H]), np.tanh(Z[:, 2 * H : 3 * H]), _sigmoid(Z[:, 3 * H :])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
