# Puts all the sines in the first half and all the cosines in the second half instead of interleaving them.
import numpy as np


def positional_encoding(seq_len, d_model):
    half = (d_model + 1) // 2
    i = np.arange(half)
    angles = np.arange(seq_len)[:, None] / 10000.0 ** (2 * i / d_model)
    return np.concatenate([np.sin(angles), np.cos(angles[:, : d_model - half])], axis=1)
