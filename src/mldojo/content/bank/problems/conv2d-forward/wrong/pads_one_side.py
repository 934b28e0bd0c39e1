# Pads only the bottom and right edges (2p zeros there) instead of p zeros on every side.
import numpy as np


def conv2d(x, weight, bias, stride, padding):
    c_out, c_in, kh, kw = weight.shape
    xp = np.pad(x, ((0, 0), (0, 2 * padding), (0, 2 * padding)))
    ho = (xp.shape[1] - kh) // stride + 1
    wo = (xp.shape[2] - kw) // stride + 1
    out = np.zeros((c_out, ho, wo)) + bias[:, None, None]
    for u in range(kh):
        for v in range(kw):
            win = xp[:, u : u + stride * (ho - 1) + 1 : stride, v : v + stride * (wo - 1) + 1 : stride]
            out += np.einsum("oc,chw->ohw", weight[:, :, u, v], win)
    return out
