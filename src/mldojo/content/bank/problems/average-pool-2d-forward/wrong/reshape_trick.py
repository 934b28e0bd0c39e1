# Uses the reshape trick, which assumes stride = kernel_size and sizes divisible by the kernel.
import numpy as np


def avg_pool2d(x, kernel_size, stride, padding):
    k, p = kernel_size, padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    n, c, h, w = xp.shape
    xp = xp[:, :, : h - h % k, : w - w % k]
    return xp.reshape(n, c, h // k, k, w // k, k).mean(axis=(3, 5))
