import numpy as np


def batch_norm_backward(
    dout: np.ndarray, x: np.ndarray, gamma: np.ndarray, eps: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = x.shape[0]
    centred = x - x.mean(axis=0)
    inv_std = 1.0 / np.sqrt((centred * centred).mean(axis=0) + eps)
    x_hat = centred * inv_std
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    dx = (inv_std / n) * (n * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
