# Off-by-one in the correction: divides by 1 - beta**(t + 1) with t counted from 1.
import numpy as np


def ema(x, beta, bias_correction):
    out = np.empty(x.shape)
    v = np.zeros(x.shape[1])
    for t in range(x.shape[0]):
        v = beta * v + (1.0 - beta) * x[t]
        out[t] = v
    if bias_correction:
        out /= (1.0 - beta ** np.arange(2, x.shape[0] + 2))[:, None]
    return out
