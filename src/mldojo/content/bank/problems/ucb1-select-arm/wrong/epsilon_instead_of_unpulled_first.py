# Adds epsilon to the counts instead of pulling unpulled arms first (no bonus at t = 1).
import numpy as np


def ucb1_select(counts, means, t):
    return int(np.argmax(means + np.sqrt(2 * np.log(t) / (counts + 1e-12))))
