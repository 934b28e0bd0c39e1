# Updates params, m and v in place, overwriting the caller's arrays.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m *= beta1
    m += (1 - beta1) * grads
    v *= beta2
    v += (1 - beta2) * grads**2
    params -= lr * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
    return params, m, v
