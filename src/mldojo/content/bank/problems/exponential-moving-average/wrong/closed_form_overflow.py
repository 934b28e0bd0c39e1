# Numerically unstable closed form: beta**t * cumsum(x_s * beta**(-s)) overflows to inf (then nan) for long sequences.
import numpy as np


def ema(x, beta, bias_correction):
    t = np.arange(1, x.shape[0] + 1, dtype=np.float64)[:, None]
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        out = beta**t * np.cumsum((1.0 - beta) * x * beta ** (-t), axis=0)
        if beta == 0.0:
            out = x.astype(np.float64).copy()
        if bias_correction:
            out = out / (1.0 - beta**t)
    return out
