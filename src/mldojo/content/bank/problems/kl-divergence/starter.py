import numpy as np


def kl_divergence(P: np.ndarray, Q: np.ndarray) -> np.ndarray:
    pass
