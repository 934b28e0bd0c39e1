# Numbers the positions 1..seq_len instead of 0..seq_len-1.
import numpy as np


def positional_encoding(seq_len, d_model):
    j = np.arange(d_model)
    angles = np.arange(1, seq_len + 1)[:, None] / 10000.0 ** (2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
