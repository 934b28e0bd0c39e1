# Normalises each example over its own features (layer normalisation) instead of each channel over the batch.
import numpy as np


def batch_norm_forward(x, gamma, beta, eps):
    axes = tuple(range(1, x.ndim))
    mu = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    shape = (1, x.shape[1]) + (1,) * (x.ndim - 2)
    y = gamma.reshape(shape) * (x - mu) / np.sqrt(var + eps) + beta.reshape(shape)
    return y, mu.ravel(), var.ravel()
