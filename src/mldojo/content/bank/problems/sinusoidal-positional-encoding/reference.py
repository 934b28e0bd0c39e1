import numpy as np


def positional_encoding(seq_len: int, d_model: int) -> np.ndarray:
    positions = np.arange(seq_len, dtype=np.float64)[:, None]
    pair = np.arange(0, d_model, 2, dtype=np.float64)  # 2i for every sine column
    freq = np.exp(-np.log(10000.0) * pair / d_model)
    angles = positions * freq[None, :]  # (seq_len, ceil(d_model / 2))
    pe = np.empty((seq_len, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe
