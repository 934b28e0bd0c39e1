# Off-by-one in the convention: uses x >= 0, so the slope at exactly 0 is 1 instead of alpha.
import numpy as np


def leaky_relu_and_gradient(x, grad_out, alpha):
    pos = x >= 0
    return np.where(pos, x, alpha * x), np.where(pos, grad_out, alpha * grad_out)
