# Updates the caller's velocity and params in place instead of returning new arrays.
import numpy as np


def momentum_sgd_step(params, grads, velocity, lr, momentum, nesterov):
    velocity *= momentum
    velocity += grads
    step = grads + momentum * velocity if nesterov else velocity
    params -= lr * step
    return params, velocity
