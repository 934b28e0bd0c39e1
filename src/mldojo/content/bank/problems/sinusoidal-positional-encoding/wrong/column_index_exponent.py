# Uses the column index j in the exponent (10000^(j/d)) instead of 2·(j // 2), so each cosine gets its own frequency.
import numpy as np


def positional_encoding(seq_len, d_model):
    j = np.arange(d_model)
    angles = np.arange(seq_len)[:, None] / 10000.0 ** (j / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
