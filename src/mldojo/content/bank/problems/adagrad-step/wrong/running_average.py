# Keeps a running average (RMSProp, rho = 0.9) instead of the sum of squared gradients.
import numpy as np


def adagrad_step(params, grads, acc, lr, eps):
    new_acc = 0.9 * acc + 0.1 * grads**2
    return params - lr * grads / (np.sqrt(new_acc) + eps), new_acc
