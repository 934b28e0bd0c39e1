# Missing term: ignores the nesterov flag and always takes the plain momentum step.
import numpy as np


def momentum_sgd_step(params, grads, velocity, lr, momentum, nesterov):
    v = momentum * velocity + grads
    return params - lr * v, v
