# Clips x to [-30, 30] to avoid overflow, which changes the answer in the tails (sigmoid(-40) becomes sigmoid(-30)).
import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))
