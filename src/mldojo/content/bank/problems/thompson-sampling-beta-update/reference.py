import numpy as np
from scipy.special import betaincinv


def thompson_step(
    alpha: np.ndarray, beta: np.ndarray, arms: np.ndarray, rewards: np.ndarray, u: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int]:
    k = alpha.shape[0]
    successes = np.bincount(arms, weights=rewards, minlength=k)
    pulls = np.bincount(arms, minlength=k)
    new_alpha = alpha + successes
    new_beta = beta + (pulls - successes)
    theta = betaincinv(new_alpha, new_beta, u)
    return new_alpha, new_beta, int(np.argmax(theta))
