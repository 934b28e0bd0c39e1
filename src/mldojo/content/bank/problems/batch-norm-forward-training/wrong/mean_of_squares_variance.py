# Computes the variance as mean(x^2) - mean(x)^2, which cancels catastrophically when the mean is large.
import numpy as np


def batch_norm_forward(x, gamma, beta, eps):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, x.shape[1]) + (1,) * (x.ndim - 2)
    mu = x.mean(axis=axes)
    var = np.maximum((x * x).mean(axis=axes) - mu * mu, 0.0)
    y = gamma.reshape(shape) * (x - mu.reshape(shape)) / np.sqrt(var.reshape(shape) + eps) + beta.reshape(shape)
    return y, mu, var
