# Uses the unbiased variance (divide by d - 1) instead of the population variance.
import numpy as np


def layer_norm(x, gamma, beta, eps):
    d = x.shape[-1]
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).sum(axis=-1, keepdims=True) / max(d - 1, 1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
