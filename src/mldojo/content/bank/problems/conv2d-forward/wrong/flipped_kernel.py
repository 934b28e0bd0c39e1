# Flips the kernel in both spatial axes: that is mathematical convolution, not what deep-learning layers compute.
import numpy as np


def conv2d(x, weight, bias, stride, padding):
    w = weight[:, :, ::-1, ::-1]
    c_out, c_in, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    ho = (xp.shape[1] - kh) // stride + 1
    wo = (xp.shape[2] - kw) // stride + 1
    out = np.zeros((c_out, ho, wo)) + bias[:, None, None]
    for u in range(kh):
        for v in range(kw):
            win = xp[:, u : u + stride * (ho - 1) + 1 : stride, v : v + stride * (wo - 1) + 1 : stride]
            out += np.einsum("oc,chw->ohw", w[:, :, u, v], win)
    return out
