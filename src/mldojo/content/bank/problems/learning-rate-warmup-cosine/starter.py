import numpy as np


def warmup_cosine_lr(
    steps: np.ndarray, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float
) -> np.ndarray:
    pass
