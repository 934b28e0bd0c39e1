# Too slow: loops over every element in Python instead of vectorising.
import math

import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    out = np.empty_like(logits)
    for i in range(logits.shape[0]):
        row = [float(v) for v in logits[i]]
        top = max(row)
        exps = [math.exp(v - top) for v in row]
        total = sum(exps)
        for j, value in enumerate(exps):
            out[i, j] = value / total
    return out
