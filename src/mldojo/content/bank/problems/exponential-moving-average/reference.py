import numpy as np


def ema(x, beta, bias_correction):
    out = np.empty(x.shape, dtype=np.float64)
    v = np.zeros(x.shape[1])
    for t in range(x.shape[0]):
        v = beta * v + (1.0 - beta) * x[t]
        out[t] = v
    if bias_correction:
        out /= (1.0 - beta ** np.arange(1, x.shape[0] + 1))[:, None]
    return out
