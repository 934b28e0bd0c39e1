import numpy as np


def epsilon_greedy_probs(Q: np.ndarray, epsilon: float) -> np.ndarray:
    n_actions = Q.shape[1]
    greedy = Q.max(axis=1, keepdims=True) == Q
    n_greedy = greedy.sum(axis=1, keepdims=True)
    return epsilon / n_actions + (1.0 - epsilon) * greedy / n_greedy
