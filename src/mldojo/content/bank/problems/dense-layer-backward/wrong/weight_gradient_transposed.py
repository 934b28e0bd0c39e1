# Returns dW as grad_out.T @ X, shape (d_out, d_in): the transpose of the gradient.
import numpy as np


def dense_backward(X, W, grad_out):
    return grad_out @ W.T, grad_out.T @ X, grad_out.sum(axis=0)
