import numpy as np


def batch_norm_forward(
    x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    axes = (0,) + tuple(range(2, x.ndim))  # everything but the channel axis
    shape = (1, x.shape[1]) + (1,) * (x.ndim - 2)  # per-channel values broadcast against x
    mean = x.mean(axis=axes)
    centred = x - mean.reshape(shape)
    var = (centred * centred).mean(axis=axes)  # two passes: exact even for a large mean
    scale = (gamma / np.sqrt(var + eps)).reshape(shape)
    y = centred * scale + beta.reshape(shape)
    return y, mean, var
