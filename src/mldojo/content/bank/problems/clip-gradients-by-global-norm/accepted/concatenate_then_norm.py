# Flattens everything into one vector for np.linalg.norm and clips the factor with min().
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.linalg.norm(np.concatenate([g.ravel() for g in grads])))
    factor = min(1.0, max_norm / total) if total > 0 else 1.0
    return [g * factor for g in grads], total
