# Wrong axis: takes the norms over columns (axis=0) instead of over each row.
import numpy as np


def cosine_similarity_loss_and_gradient(a, b):
    n = a.shape[0]
    na = np.linalg.norm(a, axis=0, keepdims=True)
    nb = np.linalg.norm(b, axis=0, keepdims=True)
    cos = np.sum(a * b / (na * nb), axis=1, keepdims=True)
    grad = -(b / (na * nb) - cos * a / na**2) / n
    return float(np.mean(1.0 - cos)), grad
