# Normalises with the unbiased variance (divide by N - 1) instead of the population variance of the forward pass.
import numpy as np


def batch_norm_backward(dout, x, gamma, eps):
    n = x.shape[0]
    std = np.sqrt(x.var(axis=0, ddof=1) + eps)
    x_hat = (x - x.mean(axis=0)) / std
    dx_hat = dout * gamma
    dx = (n * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0) * n / (n - 1)) / (
        n * std
    )
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
