# Off by one step: moves the parameters with the old velocity, then updates the buffer.
import numpy as np


def momentum_sgd_step(params, grads, velocity, lr, momentum, nesterov):
    v = momentum * velocity + grads
    step = grads + momentum * velocity if nesterov else velocity
    return params - lr * step, v
