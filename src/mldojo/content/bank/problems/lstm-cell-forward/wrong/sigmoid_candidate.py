# Puts a sigmoid on the candidate g instead of tanh, so the state can only be pushed upwards.
import numpy as np
from scipy.special import expit


def lstm_cell_forward(x, h_prev, c_prev, W_x, W_h, b):
    H = h_prev.shape[1]
    Z = x @ W_x + h_prev @ W_h + b
    i, f, g, o = expit(Z[:, :H]), expit(Z[:, H : 2 * H]), expit(Z[:, 2 * H : 3 * H]), expit(Z[:, 3 * H :])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
