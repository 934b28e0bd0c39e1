# Wrong reduction: averages the bias gradients over the batch instead of summing them.
import numpy as np


def mse_backprop_two_layer(X, Y, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    diff = A1 @ W2 + b2 - Y
    dY = 2.0 * diff / diff.size
    dZ1 = (dY @ W2.T) * (Z1 > 0)
    return float(np.mean(diff**2)), X.T @ dZ1, dZ1.mean(0), A1.T @ dY, dY.mean(0)
