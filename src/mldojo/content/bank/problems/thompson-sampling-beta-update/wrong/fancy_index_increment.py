# Uses alpha[arms] += rewards on a copy: a repeated arm in the batch is counted only once.
import numpy as np
from scipy.special import betaincinv


def thompson_step(alpha, beta, arms, rewards, u):
    new_alpha, new_beta = alpha.copy(), beta.copy()
    new_alpha[arms] += rewards
    new_beta[arms] += 1 - rewards
    return new_alpha, new_beta, int(np.argmax(betaincinv(new_alpha, new_beta, u)))
