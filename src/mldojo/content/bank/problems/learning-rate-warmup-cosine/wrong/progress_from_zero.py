# Measures the cosine's progress as t / T from step 0 instead of from the end of warmup.
import numpy as np


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr):
    t = steps.astype(np.float64)
    progress = np.clip(t / max(total_steps, 1), 0.0, 1.0)
    decay = min_lr + 0.5 * (base_lr - min_lr) * (1.0 + np.cos(np.pi * progress))
    if warmup_steps > 0:
        return np.where(t < warmup_steps, base_lr * (t + 1.0) / warmup_steps, decay)
    return decay
