# Pads the batch and channel axes too (np.pad(x, p)), which adds fake all-zero images and channels.
import numpy as np


def avg_pool2d(x, kernel_size, stride, padding):
    k, s = kernel_size, stride
    xp = np.pad(x, padding)
    ho, wo = (xp.shape[2] - k) // s + 1, (xp.shape[3] - k) // s + 1
    acc = 0.0
    for u in range(k):
        for v in range(k):
            acc = acc + xp[:, :, u : u + s * (ho - 1) + 1 : s, v : v + s * (wo - 1) + 1 : s]
    return acc / (k * k)
