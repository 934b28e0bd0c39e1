import numpy as np


def bm25(counts: np.ndarray, query: np.ndarray, k1: float, b: float) -> np.ndarray:
    pass
