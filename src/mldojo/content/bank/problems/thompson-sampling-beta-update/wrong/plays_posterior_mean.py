# Plays the arm with the best posterior mean and ignores the draw: pure exploitation.
import numpy as np


def thompson_step(alpha, beta, arms, rewards, u):
    k = alpha.shape[0]
    s = np.bincount(arms, weights=rewards, minlength=k)
    f = np.bincount(arms, minlength=k) - s
    new_alpha, new_beta = alpha + s, beta + f
    return new_alpha, new_beta, int(np.argmax(new_alpha / (new_alpha + new_beta)))
