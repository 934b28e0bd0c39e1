# Pairs output channel o only with input channel o % C_in instead of summing over all input channels.
import numpy as np


def conv2d(x, weight, bias, stride, padding):
    c_out, c_in, kh, kw = weight.shape
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    ho = (xp.shape[1] - kh) // stride + 1
    wo = (xp.shape[2] - kw) // stride + 1
    out = np.zeros((c_out, ho, wo)) + bias[:, None, None]
    for o in range(c_out):
        c = o % c_in
        for u in range(kh):
            for v in range(kw):
                win = xp[c, u : u + stride * (ho - 1) + 1 : stride, v : v + stride * (wo - 1) + 1 : stride]
                out[o] += weight[o, c, u, v] * win
    return out
