# Truncates each class's test count (floor(f * n_c)) instead of rounding it to the nearest integer.
import numpy as np


def stratified_split(y, test_fraction, seed):
    rng = np.random.default_rng(seed)
    train, test = [], []
    for c in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == c))
        k = int(np.floor(test_fraction * len(rows)))
        test.append(rows[:k])
        train.append(rows[k:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))
