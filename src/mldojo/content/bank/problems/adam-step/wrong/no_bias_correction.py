# Skips the bias correction and uses the raw moments in the update.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m2 = beta1 * m + (1 - beta1) * grads
    v2 = beta2 * v + (1 - beta2) * grads**2
    return params - lr * m2 / (np.sqrt(v2) + eps), m2, v2
