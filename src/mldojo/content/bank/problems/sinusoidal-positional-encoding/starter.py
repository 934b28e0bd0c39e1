import numpy as np


def positional_encoding(seq_len: int, d_model: int) -> np.ndarray:
    pass
