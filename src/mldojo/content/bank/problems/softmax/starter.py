import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    pass
