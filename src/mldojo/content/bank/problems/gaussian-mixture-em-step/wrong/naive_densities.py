# Multiplies raw densities and normalises them: far-away points underflow to 0 / 0 = nan.
import numpy as np


def gmm_em_step(x, weights, means, variances):
    dens = (
        weights
        * np.exp(-((x[:, None] - means) ** 2) / (2 * variances))
        / np.sqrt(2 * np.pi * variances)
    )
    with np.errstate(invalid="ignore"):
        resp = dens / dens.sum(axis=1, keepdims=True)
        nk = resp.sum(axis=0)
        mu = resp.T @ x / nk
        var = (resp * (x[:, None] - mu) ** 2).sum(axis=0) / nk
    return resp, nk / len(x), mu, var
