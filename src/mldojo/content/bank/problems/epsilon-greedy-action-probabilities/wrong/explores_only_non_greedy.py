# Spreads epsilon over the non-greedy actions only, as if "explore" meant "pick a different action".
import numpy as np


def epsilon_greedy_probs(Q, epsilon):
    greedy = Q.max(axis=1, keepdims=True) == Q
    g = greedy.sum(axis=1, keepdims=True)
    others = Q.shape[1] - g
    with np.errstate(divide="ignore", invalid="ignore"):
        explore = np.where(others > 0, epsilon / others, 0.0)
    exploit = np.where(others > 0, 1 - epsilon, 1.0)
    return np.where(greedy, exploit / g, explore)
