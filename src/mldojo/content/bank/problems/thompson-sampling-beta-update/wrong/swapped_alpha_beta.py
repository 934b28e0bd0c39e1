# Swaps the roles of the parameters: successes are added to beta and failures to alpha.
import numpy as np
from scipy.special import betaincinv


def thompson_step(alpha, beta, arms, rewards, u):
    k = alpha.shape[0]
    s = np.bincount(arms, weights=rewards, minlength=k)
    f = np.bincount(arms, minlength=k) - s
    new_alpha, new_beta = alpha + f, beta + s
    return new_alpha, new_beta, int(np.argmax(betaincinv(new_alpha, new_beta, u)))
