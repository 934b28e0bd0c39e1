import numpy as np


def warmup_cosine_lr(steps, base_lr, warmup_steps, total_steps, min_lr):
    t = steps.astype(np.float64)
    span = max(total_steps - warmup_steps, 1)
    progress = np.clip((t - warmup_steps) / span, 0.0, 1.0)
    decay = min_lr + 0.5 * (base_lr - min_lr) * (1.0 + np.cos(np.pi * progress))
    decay = np.where(t >= total_steps, min_lr, decay)
    if warmup_steps > 0:
        return np.where(t < warmup_steps, base_lr * (t + 1.0) / warmup_steps, decay)
    return decay
