# Steps with the previous moments m and v instead of the ones updated with this gradient.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    new_params = params - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_params, beta1 * m + (1 - beta1) * grads, beta2 * v + (1 - beta2) * grads**2
