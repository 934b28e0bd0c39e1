# Takes the mask from grad_out instead of the input x in the backward pass.
import numpy as np


def leaky_relu_and_gradient(x, grad_out, alpha):
    return np.where(x > 0, x, alpha * x), np.where(grad_out > 0, grad_out, alpha * grad_out)
