import numpy as np


def gru_cell_forward(
    x: np.ndarray,
    h_prev: np.ndarray,
    W_x: np.ndarray,
    W_h: np.ndarray,
    b_x: np.ndarray,
    b_h: np.ndarray,
) -> np.ndarray:
    pass
