# Extra term: adds the binary (1 - y) log(1 - p) term of every wrong class, as in one-vs-rest BCE.
import numpy as np


def log_loss_multiclass(y_true, probs, eps):
    n, k = probs.shape
    onehot = np.eye(k)[y_true]
    p = np.clip(probs, eps, 1.0 - eps)
    return float(-np.mean(np.sum(onehot * np.log(p) + (1 - onehot) * np.log(1 - p), axis=1)))
