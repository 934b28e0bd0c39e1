import numpy as np


def boosting_step(
    X: np.ndarray, y: np.ndarray, F: np.ndarray, learning_rate: float
) -> tuple[int, float, float, float, np.ndarray]:
    r = y - F
    n = len(r)
    total = r.sum()
    n_left = np.arange(1, n, dtype=np.float64)
    best = (-np.inf, 0, 0.0)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        s_left = np.cumsum(rs)[:-1]
        score = s_left**2 / n_left + (total - s_left) ** 2 / (n - n_left)
        score[xs[:-1] == xs[1:]] = -np.inf  # no cut between equal values
        i = int(np.argmax(score))
        if score[i] > best[0]:
            best = (float(score[i]), j, float((xs[i] + xs[i + 1]) / 2.0))
    _, feature, threshold = best
    left = X[:, feature] <= threshold
    left_value, right_value = float(r[left].mean()), float(r[~left].mean())
    step = np.where(left, left_value, right_value)
    return feature, threshold, left_value, right_value, F + learning_rate * step
