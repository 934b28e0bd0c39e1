# Off by one step: divides by the root of the previous average, then updates it.
import numpy as np


def rmsprop_step(params, grads, sq_avg, lr, rho, eps):
    v = rho * sq_avg + (1.0 - rho) * grads**2
    return params - lr * grads / (np.sqrt(sq_avg) + eps), v
