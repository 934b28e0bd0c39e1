# Wrong convention: adds eps inside the square root, which caps the step for tiny gradients.
import numpy as np


def rmsprop_step(params, grads, sq_avg, lr, rho, eps):
    v = rho * sq_avg + (1.0 - rho) * grads**2
    return params - lr * grads / np.sqrt(v + eps), v
