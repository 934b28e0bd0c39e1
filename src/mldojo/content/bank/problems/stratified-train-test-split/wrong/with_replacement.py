# Draws each class's test rows with rng.choice's default replace=True, so rows repeat and some land on both sides.
import numpy as np


def stratified_split(y, test_fraction, seed):
    rng = np.random.default_rng(seed)
    train, test = [], []
    for c in np.unique(y):
        rows = np.flatnonzero(y == c)
        k = int(np.floor(test_fraction * len(rows) + 0.5))
        chosen = rng.choice(rows, size=k)
        test.append(chosen)
        train.append(np.setdiff1d(rows, chosen[: k // 2]))
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))
