import numpy as np


def adagrad_step(
    params: np.ndarray, grads: np.ndarray, acc: np.ndarray, lr: float, eps: float
) -> tuple[np.ndarray, np.ndarray]:
    new_acc = acc + grads * grads
    new_params = params - lr * grads / (np.sqrt(new_acc) + eps)
    return new_params, new_acc
