# Uses e^x / (1 + e^x) for every x: e^800 overflows to inf and inf / inf is nan.
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    e = np.exp(x)
    return e / (1.0 + e)
