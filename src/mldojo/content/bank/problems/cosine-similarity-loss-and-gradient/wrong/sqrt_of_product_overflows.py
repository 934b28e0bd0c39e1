# Numerically unstable: sqrt(|a|^2 · |b|^2) overflows to inf for large vectors, so cos becomes 0.
import numpy as np


def cosine_similarity_loss_and_gradient(a, b):
    n = a.shape[0]
    sa = np.sum(a * a, axis=1, keepdims=True)
    sb = np.sum(b * b, axis=1, keepdims=True)
    with np.errstate(over="ignore", invalid="ignore"):
        denom = np.sqrt(sa * sb)
        cos = np.sum(a * b, axis=1, keepdims=True) / denom
        grad = -(b / denom - cos * a / sa) / n
    return float(np.mean(1.0 - cos)), grad
