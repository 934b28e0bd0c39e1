# Normalises the responsibilities over the points (axis 0) instead of over the components.
import numpy as np


def gmm_em_step(x, weights, means, variances):
    log_p = (
        np.log(weights)
        - 0.5 * np.log(2 * np.pi * variances)
        - (x[:, None] - means) ** 2 / (2 * variances)
    )
    resp = np.exp(log_p - log_p.max(axis=0, keepdims=True))
    resp /= resp.sum(axis=0, keepdims=True)
    nk = resp.sum(axis=0)
    mu = resp.T @ x / nk
    var = (resp * (x[:, None] - mu) ** 2).sum(axis=0) / nk
    return resp, nk / len(x), mu, var
