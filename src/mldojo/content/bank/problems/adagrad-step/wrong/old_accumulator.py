# Steps with the old accumulator and adds the new squared gradient only afterwards.
import numpy as np


def adagrad_step(params, grads, acc, lr, eps):
    return params - lr * grads / (np.sqrt(acc) + eps), acc + grads**2
