import numpy as np


def ema(x: np.ndarray, beta: float, bias_correction: bool) -> np.ndarray:
    pass
