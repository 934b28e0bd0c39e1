import numpy as np


def gmm_em_step(
    x: np.ndarray, weights: np.ndarray, means: np.ndarray, variances: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    diff = x[:, None] - means[None, :]
    log_p = (
        np.log(weights)[None, :]
        - 0.5 * np.log(2.0 * np.pi * variances)[None, :]
        - diff * diff / (2.0 * variances)[None, :]
    )
    resp = np.exp(log_p - log_p.max(axis=1, keepdims=True))
    resp /= resp.sum(axis=1, keepdims=True)
    mass = resp.sum(axis=0)
    new_means = resp.T @ x / mass
    centred = x[:, None] - new_means[None, :]
    new_vars = (resp * centred * centred).sum(axis=0) / mass
    return resp, mass / len(x), new_means, new_vars
