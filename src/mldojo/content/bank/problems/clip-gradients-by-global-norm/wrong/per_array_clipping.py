# Clips each array by its own norm, which changes the direction of the whole gradient.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g * g) for g in grads)))
    out = []
    for g in grads:
        n = float(np.linalg.norm(g))
        out.append(g * (max_norm / n) if n > max_norm else g.copy())
    return out, total
