# Missing term: the backward pass zeroes the negative side (ReLU's gradient) instead of scaling by alpha.
import numpy as np


def leaky_relu_and_gradient(x, grad_out, alpha):
    pos = x > 0
    return np.where(pos, x, alpha * x), np.where(pos, grad_out, 0.0)
