# Uses the sum of the per-array norms as the global norm instead of the norm of all entries.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(sum(np.linalg.norm(g) for g in grads))
    scale = max_norm / total if total > max_norm else 1.0
    return [g * scale for g in grads], total
