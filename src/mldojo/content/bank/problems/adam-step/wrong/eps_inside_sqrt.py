# Puts eps inside the square root, which shrinks the step when gradients are tiny.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m2 = beta1 * m + (1 - beta1) * grads
    v2 = beta2 * v + (1 - beta2) * grads**2
    m_hat = m2 / (1 - beta1**t)
    v_hat = v2 / (1 - beta2**t)
    return params - lr * m_hat / np.sqrt(v_hat + eps), m2, v2
