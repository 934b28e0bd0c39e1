# Wrong axis: treats the input as NHWC and averages axes 1 and 2 instead of H and W.
import numpy as np


def global_average_pooling(x, grad_out):
    y = x.mean(axis=(1, 2))
    grad_x = np.broadcast_to(grad_out[:, :, None, None] / (x.shape[2] * x.shape[3]), x.shape).copy()
    return y, grad_x
