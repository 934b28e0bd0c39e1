# Missing term: passes the gradient through the hidden layer without the ReLU mask (Z1 > 0).
import numpy as np


def mse_backprop_two_layer(X, Y, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    diff = A1 @ W2 + b2 - Y
    dY = 2.0 * diff / diff.size
    dZ1 = dY @ W2.T
    return float(np.mean(diff**2)), X.T @ dZ1, dZ1.sum(0), A1.T @ dY, dY.sum(0)
