# Measures the new variances around the old means instead of the freshly updated ones.
import numpy as np


def gmm_em_step(x, weights, means, variances):
    log_p = (
        np.log(weights)
        - 0.5 * np.log(2 * np.pi * variances)
        - (x[:, None] - means) ** 2 / (2 * variances)
    )
    resp = np.exp(log_p - log_p.max(axis=1, keepdims=True))
    resp /= resp.sum(axis=1, keepdims=True)
    nk = resp.sum(axis=0)
    var = (resp * (x[:, None] - means) ** 2).sum(axis=0) / nk
    return resp, nk / len(x), resp.T @ x / nk, var
