# Fits the stump to the targets y instead of the residuals y - F.
import numpy as np


def boosting_step(X, y, F, learning_rate):
    n = len(y)
    n_left = np.arange(1, n, dtype=np.float64)
    best = (-np.inf, 0, 0.0)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, ys = X[order, j], y[order]
        s = np.cumsum(ys)[:-1]
        score = s**2 / n_left + (y.sum() - s) ** 2 / (n - n_left)
        score[xs[:-1] == xs[1:]] = -np.inf
        i = int(np.argmax(score))
        if score[i] > best[0]:
            best = (float(score[i]), j, float((xs[i] + xs[i + 1]) / 2.0))
    _, j, t = best
    left = X[:, j] <= t
    lv, rv = float(y[left].mean()), float(y[~left].mean())
    return j, t, lv, rv, F + learning_rate * np.where(left, lv, rv)
