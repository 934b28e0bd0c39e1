# Breaks ties (among unpulled arms and equal bounds) by the highest index instead of the lowest.
import numpy as np


def ucb1_select(counts, means, t):
    zero = np.flatnonzero(counts == 0)
    if zero.size:
        return int(zero[-1])
    ucb = means + np.sqrt(2 * np.log(t) / counts)
    return int(len(ucb) - 1 - np.argmax(ucb[::-1]))
