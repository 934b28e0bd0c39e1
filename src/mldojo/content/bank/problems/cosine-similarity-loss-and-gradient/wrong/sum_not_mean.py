# Off by a factor n: sums the per-row losses (and gradients) instead of averaging them.
import numpy as np


def cosine_similarity_loss_and_gradient(a, b):
    na = np.linalg.norm(a, axis=1, keepdims=True)
    nb = np.linalg.norm(b, axis=1, keepdims=True)
    a_hat, b_hat = a / na, b / nb
    cos = np.sum(a_hat * b_hat, axis=1, keepdims=True)
    return float(np.sum(1.0 - cos)), -(b_hat - cos * a_hat) / na
