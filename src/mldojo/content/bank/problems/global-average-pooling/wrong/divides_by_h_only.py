# Wrong normaliser: divides the gradient by H instead of H·W.
import numpy as np


def global_average_pooling(x, grad_out):
    y = x.mean(axis=(2, 3))
    return y, np.broadcast_to(grad_out[:, :, None, None] / x.shape[2], x.shape).copy()
