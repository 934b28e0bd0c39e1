# Updates the caller's params and acc in place instead of returning new arrays.
import numpy as np


def adagrad_step(params, grads, acc, lr, eps):
    acc += grads**2
    params -= lr * grads / (np.sqrt(acc) + eps)
    return params, acc
