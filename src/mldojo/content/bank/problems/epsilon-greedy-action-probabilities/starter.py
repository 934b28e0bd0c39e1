import numpy as np


def epsilon_greedy_probs(Q: np.ndarray, epsilon: float) -> np.ndarray:
    pass
