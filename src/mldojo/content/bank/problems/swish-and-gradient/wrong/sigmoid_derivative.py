# Uses the sigmoid's own derivative sigma(1 - sigma) as the derivative of Swish.
import numpy as np
from numpy import exp


def swish_and_gradient(x, grad_out):
    e = exp(-np.abs(x))
    s = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return x * s, grad_out * s * (1.0 - s)
