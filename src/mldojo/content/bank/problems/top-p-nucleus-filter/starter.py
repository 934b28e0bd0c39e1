import numpy as np


def top_p_filter(logits: np.ndarray, p: float) -> np.ndarray:
    pass
