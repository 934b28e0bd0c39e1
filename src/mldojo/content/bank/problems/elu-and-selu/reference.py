import numpy as np

SELU_LAMBDA = 1.0507009873554804934
SELU_ALPHA = 1.6732632423543772848


def elu_and_selu(x: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    positive = x > 0
    bent = np.expm1(np.minimum(x, 0.0))  # accurate near 0, never overflows
    elu = np.where(positive, x, alpha * bent)
    selu = SELU_LAMBDA * np.where(positive, x, SELU_ALPHA * bent)
    return elu, selu
