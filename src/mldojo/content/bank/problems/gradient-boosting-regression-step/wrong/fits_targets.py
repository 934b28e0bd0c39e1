# Fits the stump to the targets y instead of the residuals y - F.
import numpy as np


def boosting_step(X, y, F, learning_rate):
    best = None
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            sse = ((y[left] - y[left].mean()) ** 2).sum() + ((y[~left] - y[~left].mean()) ** 2).sum()
            if best is None or sse < best[0]:
                best = (sse, j, float(t))
    _, j, t = best
    left = X[:, j] <= t
    lv, rv = float(y[left].mean()), float(y[~left].mean())
    return j, t, lv, rv, F + learning_rate * np.where(left, lv, rv)
