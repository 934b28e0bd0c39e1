# Missing term: the backward pass copies grad_out to every position without the 1/(H·W) factor.
import numpy as np


def global_average_pooling(x, grad_out):
    return x.mean(axis=(2, 3)), np.broadcast_to(grad_out[:, :, None, None], x.shape).copy()
