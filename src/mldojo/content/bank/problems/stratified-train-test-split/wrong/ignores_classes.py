# Splits one random permutation of all rows without looking at the classes, so class proportions drift.
import numpy as np


def stratified_split(y, test_fraction, seed):
    order = np.random.default_rng(seed).permutation(len(y))
    n_test = int(np.floor(test_fraction * len(y) + 0.5))
    return np.sort(order[n_test:]), np.sort(order[:n_test])
