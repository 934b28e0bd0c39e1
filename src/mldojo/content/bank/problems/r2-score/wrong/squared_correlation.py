# Wrong formula: returns the squared Pearson correlation, which ignores bias and scale errors.
import numpy as np


def r2_score(y_true, y_pred):
    yt = y_true.reshape(y_true.shape[0], -1)
    yp = y_pred.reshape(y_pred.shape[0], -1)
    scores = []
    for j in range(yt.shape[1]):
        a, b = yt[:, j], yp[:, j]
        if np.ptp(a) == 0 or np.ptp(b) == 0:
            scores.append(1.0 if np.array_equal(a, b) else 0.0)
        else:
            scores.append(np.corrcoef(a, b)[0, 1] ** 2)
    return float(np.mean(scores))
