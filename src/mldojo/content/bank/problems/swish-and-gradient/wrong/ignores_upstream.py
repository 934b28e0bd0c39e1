# Returns the local derivative and forgets to multiply it by the upstream gradient grad_out.
import numpy as np


def swish_and_gradient(x, grad_out):
    e = np.exp(-np.abs(x))
    s = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return x * s, s * (1.0 + x * (1.0 - s))
