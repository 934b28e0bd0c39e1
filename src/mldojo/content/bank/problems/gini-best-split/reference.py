import numpy as np


def gini_best_split(x: np.ndarray, y: np.ndarray) -> tuple[float | None, float]:
    n = x.shape[0]
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    classes = int(y.max()) + 1
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), ys] = 1.0
    prefix = np.cumsum(onehot, axis=0)  # class counts of the first i + 1 sorted rows
    total = prefix[-1]
    cuts = np.flatnonzero(xs[1:] > xs[:-1])  # split after sorted position i
    if cuts.size == 0:
        return None, float(1.0 - np.sum((total / n) ** 2))
    left = prefix[cuts]
    right = total - left
    n_left = cuts + 1.0
    n_right = n - n_left
    weighted = (n - (left**2).sum(axis=1) / n_left - (right**2).sum(axis=1) / n_right) / n
    best = int(np.argmin(weighted))
    i = cuts[best]
    return float((xs[i] + xs[i + 1]) / 2.0), float(weighted[best])
