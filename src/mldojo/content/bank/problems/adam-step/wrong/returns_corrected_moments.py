# Returns the bias-corrected m_hat and v_hat as the new state instead of the raw moments.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m_hat = (beta1 * m + (1 - beta1) * grads) / (1 - beta1**t)
    v_hat = (beta2 * v + (1 - beta2) * grads**2) / (1 - beta2**t)
    return params - lr * m_hat / (np.sqrt(v_hat) + eps), m_hat, v_hat
