# Splits with x < v internally but reports v itself as the threshold, so under the x <= t rule row v lands left.
import numpy as np


def boosting_step(X, y, F, learning_rate):
    r = y - F
    best = None
    for j in range(X.shape[1]):
        for v in np.unique(X[:, j])[1:]:
            left = X[:, j] < v
            sse = ((r[left] - r[left].mean()) ** 2).sum() + ((r[~left] - r[~left].mean()) ** 2).sum()
            if best is None or sse < best[0]:
                best = (sse, j, float(v))
    _, j, v = best
    left = X[:, j] < v
    lv, rv = float(r[left].mean()), float(r[~left].mean())
    return j, v, lv, rv, F + learning_rate * np.where(left, lv, rv)
