import numpy as np


def ucb1_select(counts: np.ndarray, means: np.ndarray, t: int) -> int:
    unpulled = np.flatnonzero(counts == 0)
    if unpulled.size:
        return int(unpulled[0])
    ucb = means + np.sqrt(2.0 * np.log(t) / counts)
    return int(np.argmax(ucb))  # argmax returns the first (lowest-index) maximum
