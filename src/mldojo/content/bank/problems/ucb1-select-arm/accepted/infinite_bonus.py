# Gives unpulled arms an infinite bound with np.where, then one argmax (first maximum wins).
import numpy as np


def ucb1_select(counts, means, t):
    pulled = counts > 0
    safe = np.where(pulled, counts, 1)
    ucb = np.where(pulled, means + np.sqrt(2 * np.log(t) / safe), np.inf)
    return int(np.argmax(ucb))
