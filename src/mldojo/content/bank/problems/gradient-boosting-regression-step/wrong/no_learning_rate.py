# Adds the full stump output to F, forgetting to scale it by the learning rate.
import numpy as np


def boosting_step(X, y, F, learning_rate):
    r = y - F
    n = len(r)
    n_left = np.arange(1, n, dtype=np.float64)
    best = (-np.inf, 0, 0.0)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        s = np.cumsum(rs)[:-1]
        score = s**2 / n_left + (r.sum() - s) ** 2 / (n - n_left)
        score[xs[:-1] == xs[1:]] = -np.inf
        i = int(np.argmax(score))
        if score[i] > best[0]:
            best = (float(score[i]), j, float((xs[i] + xs[i + 1]) / 2.0))
    _, j, t = best
    left = X[:, j] <= t
    lv, rv = float(r[left].mean()), float(r[~left].mean())
    return j, t, lv, rv, F + np.where(left, lv, rv)
