# Puts the cosine in the even columns and the sine in the odd ones.
import numpy as np


def positional_encoding(seq_len, d_model):
    j = np.arange(d_model)
    angles = np.arange(seq_len)[:, None] / 10000.0 ** (2 * (j // 2) / d_model)
    return np.where(j % 2 == 0, np.cos(angles), np.sin(angles))
