# Off by a factor n: sums the per-sample losses instead of averaging them.
import numpy as np


def log_loss_multiclass(y_true, probs, eps):
    p = np.clip(probs[np.arange(probs.shape[0]), y_true], eps, 1.0 - eps)
    return float(-np.sum(np.log(p)))
