# Starts every maximum at 0 instead of at a value of the window, so all-negative windows give 0.
import numpy as np


def max_pool2d(x, kernel_size, stride):
    k, s = kernel_size, stride
    ho = (x.shape[2] - k) // s + 1
    wo = (x.shape[3] - k) // s + 1
    out = np.zeros(x.shape[:2] + (ho, wo))
    for u in range(k):
        for v in range(k):
            out = np.maximum(out, x[:, :, u : u + s * (ho - 1) + 1 : s, v : v + s * (wo - 1) + 1 : s])
    return out
