import numpy as np


def fit_stump(X, y, w):
    n, d = X.shape
    best = (np.inf, 0, 0.0, 1)
    pos_weight = np.where(y > 0, w, 0.0)
    neg_weight = np.where(y < 0, w, 0.0)
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        x = X[order, j]
        # err_plus[k]: polarity +1 with the first k sorted samples predicted -1.
        pos_left = np.concatenate([[0.0], np.cumsum(pos_weight[order])])
        neg_right = neg_weight.sum() - np.concatenate([[0.0], np.cumsum(neg_weight[order])])
        err_plus = pos_left + neg_right
        valid = np.ones(n + 1, dtype=bool)
        valid[1:n] = x[1:] > x[:-1]
        valid[n] = False  # same partition as k = 0 with the other polarity
        for polarity, err in ((1, err_plus), (-1, w.sum() - err_plus)):
            cand = np.where(valid, err, np.inf)
            k = int(np.argmin(cand))
            if cand[k] < best[0]:
                threshold = x[0] - 1.0 if k == 0 else (x[k - 1] + x[k]) / 2.0
                best = (float(cand[k]), j, float(threshold), polarity)
    error, j, threshold, polarity = best
    return j, threshold, polarity, error
