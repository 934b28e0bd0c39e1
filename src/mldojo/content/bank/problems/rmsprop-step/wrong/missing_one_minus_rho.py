# Missing term: accumulates rho * v + g^2 without the (1 - rho) weight on the new squared gradient.
import numpy as np


def rmsprop_step(params, grads, sq_avg, lr, rho, eps):
    v = rho * sq_avg + grads**2
    return params - lr * grads / (np.sqrt(v) + eps), v
