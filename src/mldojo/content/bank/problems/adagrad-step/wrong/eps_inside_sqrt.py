# Puts eps inside the square root, which shrinks the step when gradients are tiny.
import numpy as np


def adagrad_step(params, grads, acc, lr, eps):
    new_acc = acc + grads**2
    return params - lr * grads / np.sqrt(new_acc + eps), new_acc
