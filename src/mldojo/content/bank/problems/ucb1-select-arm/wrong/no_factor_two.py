# Drops the factor 2 in the bonus: sqrt(ln t / n) explores too little.
import numpy as np


def ucb1_select(counts, means, t):
    zero = np.flatnonzero(counts == 0)
    if zero.size:
        return int(zero[0])
    return int(np.argmax(means + np.sqrt(np.log(t) / counts)))
