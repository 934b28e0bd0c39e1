# Wrong convention: an exponential moving average v = mu v + (1 - mu) g, which shrinks every step.
import numpy as np


def momentum_sgd_step(params, grads, velocity, lr, momentum, nesterov):
    v = momentum * velocity + (1.0 - momentum) * grads
    step = grads + momentum * v if nesterov else v
    return params - lr * step, v
