import numpy as np


def depthwise_separable_conv2d(
    x: np.ndarray, w_depth: np.ndarray, w_point: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    pass
