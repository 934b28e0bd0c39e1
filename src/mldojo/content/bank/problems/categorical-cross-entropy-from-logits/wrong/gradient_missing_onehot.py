# Returns softmax / n as the gradient and forgets to subtract the one-hot target.
import numpy as np


def cross_entropy_from_logits(logits, labels):
    n = logits.shape[0]
    rows = np.arange(n)
    shifted = logits - logits.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    loss = np.mean(np.log(exps.sum(axis=1)) - shifted[rows, labels])
    return float(loss), exps / exps.sum(axis=1, keepdims=True) / n
