import numpy as np


def tfidf(counts: np.ndarray) -> np.ndarray:
    pass
