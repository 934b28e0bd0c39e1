# Draws theta from the prior Beta(alpha, beta) instead of the updated posterior.
import numpy as np
from scipy.special import betaincinv


def thompson_step(alpha, beta, arms, rewards, u):
    k = alpha.shape[0]
    s = np.bincount(arms, weights=rewards, minlength=k)
    f = np.bincount(arms, minlength=k) - s
    return alpha + s, beta + f, int(np.argmax(betaincinv(alpha, beta, u)))
