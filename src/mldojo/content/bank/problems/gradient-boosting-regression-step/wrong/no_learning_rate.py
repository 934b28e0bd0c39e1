# Adds the full stump output to F, forgetting to scale it by the learning rate.
import numpy as np


def boosting_step(X, y, F, learning_rate):
    r = y - F
    best = None
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            sse = ((r[left] - r[left].mean()) ** 2).sum() + ((r[~left] - r[~left].mean()) ** 2).sum()
            if best is None or sse < best[0]:
                best = (sse, j, float(t))
    _, j, t = best
    left = X[:, j] <= t
    lv, rv = float(r[left].mean()), float(r[~left].mean())
    return j, t, lv, rv, F + np.where(left, lv, rv)
