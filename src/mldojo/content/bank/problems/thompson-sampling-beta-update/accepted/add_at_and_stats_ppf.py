# np.add.at for the per-arm counts and scipy.stats.beta.ppf for the inverse CDF.
import numpy as np
from scipy.stats import beta as beta_dist


def thompson_step(alpha, beta, arms, rewards, u):
    new_alpha, new_beta = alpha.astype(np.float64), beta.astype(np.float64)
    np.add.at(new_alpha, arms, rewards)
    np.add.at(new_beta, arms, 1 - rewards)
    theta = beta_dist.ppf(u, new_alpha, new_beta)
    return new_alpha, new_beta, int(np.argmax(theta))
