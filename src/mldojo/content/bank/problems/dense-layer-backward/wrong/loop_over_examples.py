# Too slow: accumulates dW and db one example at a time in a Python loop.
import numpy as np


def dense_backward(X, W, grad_out):
    dW = np.zeros(W.shape)
    db = np.zeros(W.shape[1])
    for i in range(X.shape[0]):
        dW += np.outer(X[i], grad_out[i])
        db += grad_out[i]
    return grad_out @ W.T, dW, db
