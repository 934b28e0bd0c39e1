# Divides each border window by its number of real pixels (count_include_pad=False) instead of k*k.
import numpy as np


def avg_pool2d(x, kernel_size, stride, padding):
    k, s, p = kernel_size, stride, padding
    pad = ((0, 0), (0, 0), (p, p), (p, p))
    xp, ones = np.pad(x, pad), np.pad(np.ones(x.shape[2:])[None, None], pad)
    ho, wo = (xp.shape[2] - k) // s + 1, (xp.shape[3] - k) // s + 1
    acc, cnt = 0.0, 0.0
    for u in range(k):
        for v in range(k):
            acc = acc + xp[:, :, u : u + s * (ho - 1) + 1 : s, v : v + s * (wo - 1) + 1 : s]
            cnt = cnt + ones[:, :, u : u + s * (ho - 1) + 1 : s, v : v + s * (wo - 1) + 1 : s]
    return acc / cnt
