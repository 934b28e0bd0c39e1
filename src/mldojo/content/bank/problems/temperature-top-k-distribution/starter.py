import numpy as np


def temperature_top_k(logits: np.ndarray, k: int, T: float) -> np.ndarray:
    pass
