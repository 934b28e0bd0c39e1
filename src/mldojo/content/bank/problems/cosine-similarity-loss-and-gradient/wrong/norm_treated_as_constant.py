# Missing term: differentiates a·b only and drops -cos · a / |a|^2 from the norm's dependence on a.
import numpy as np


def cosine_similarity_loss_and_gradient(a, b):
    n = a.shape[0]
    na = np.linalg.norm(a, axis=1, keepdims=True)
    nb = np.linalg.norm(b, axis=1, keepdims=True)
    cos = np.sum(a * b, axis=1, keepdims=True) / (na * nb)
    return float(np.mean(1.0 - cos)), -b / (na * nb) / n
