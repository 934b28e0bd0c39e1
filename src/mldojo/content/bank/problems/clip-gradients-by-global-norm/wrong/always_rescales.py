# Always rescales to max_norm, inflating small gradients and turning a zero gradient into nan.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    with np.errstate(divide="ignore", invalid="ignore"):
        return [g * (max_norm / np.float64(total)) for g in grads], total
