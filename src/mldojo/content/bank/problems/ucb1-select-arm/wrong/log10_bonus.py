# Uses log10 instead of the natural logarithm in the bonus.
import numpy as np


def ucb1_select(counts, means, t):
    zero = np.flatnonzero(counts == 0)
    if zero.size:
        return int(zero[0])
    return int(np.argmax(means + np.sqrt(2 * np.log10(t) / counts)))
