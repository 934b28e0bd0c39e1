# Uses the reshape trick, which assumes stride = kernel_size and sizes divisible by the kernel.
import numpy as np


def max_pool2d(x, kernel_size, stride):
    k = kernel_size
    n, c, h, w = x.shape
    x = x[:, :, : h - h % k, : w - w % k]
    return x.reshape(n, c, h // k, k, w // k, k).max(axis=(3, 5))
