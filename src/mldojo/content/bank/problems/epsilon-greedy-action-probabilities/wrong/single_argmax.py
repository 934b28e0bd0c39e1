# Gives all of 1 - epsilon to np.argmax's one action, ignoring ties for the maximum.
import numpy as np


def epsilon_greedy_probs(Q, epsilon):
    n, a = Q.shape
    probs = np.full((n, a), epsilon / a)
    probs[np.arange(n), Q.argmax(axis=1)] += 1 - epsilon
    return probs
