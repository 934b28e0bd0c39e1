import numpy as np


def cosine_similarity_loss_and_gradient(a: np.ndarray, b: np.ndarray) -> tuple[float, np.ndarray]:
    pass
