# Splits with x < v internally but reports v itself as the threshold, so under the x <= t rule row v lands left.
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
            best = (float(score[i]), j, float(xs[i + 1]))
    _, j, v = best
    left = X[:, j] < v
    lv, rv = float(r[left].mean()), float(r[~left].mean())
    return j, v, lv, rv, F + learning_rate * np.where(left, lv, rv)
