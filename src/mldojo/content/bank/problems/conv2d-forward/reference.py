import numpy as np


def conv2d(
    x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int, padding: int
) -> np.ndarray:
    c_out, c_in, kh, kw = weight.shape
    p, s = padding, stride
    xp = np.pad(x, ((0, 0), (p, p), (p, p)))
    h_out = (xp.shape[1] - kh) // s + 1
    w_out = (xp.shape[2] - kw) // s + 1
    out = np.empty((c_out, h_out, w_out))
    out[...] = bias[:, None, None]
    for u in range(kh):
        for v in range(kw):
            # The inputs that meet weight[:, :, u, v] at every output position: (C_in, H_out, W_out).
            window = xp[:, u : u + s * (h_out - 1) + 1 : s, v : v + s * (w_out - 1) + 1 : s]
            out += np.tensordot(weight[:, :, u, v], window, axes=(1, 0))
    return out
