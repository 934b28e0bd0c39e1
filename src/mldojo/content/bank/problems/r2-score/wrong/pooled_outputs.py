# Wrong axis: pools every output into one score instead of averaging per-column scores.
import numpy as np


def r2_score(y_true, y_pred):
    yt, yp = y_true.ravel(), y_pred.ravel()
    ss_res = np.sum((yt - yp) ** 2)
    ss_tot = np.sum((yt - yt.mean()) ** 2)
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return float(1.0 - ss_res / ss_tot)
