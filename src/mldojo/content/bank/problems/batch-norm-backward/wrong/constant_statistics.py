# Treats the batch mean and variance as constants: keeps only the direct term dout * gamma / sigma.
import numpy as np


def batch_norm_backward(dout, x, gamma, eps):
    centred = x - x.mean(axis=0)
    std = np.sqrt(x.var(axis=0) + eps)
    return dout * gamma / std, (dout * centred / std).sum(axis=0), dout.sum(axis=0)
