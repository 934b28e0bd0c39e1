import numpy as np


def depthwise_separable_conv2d(
    x: np.ndarray, w_depth: np.ndarray, w_point: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    k = w_depth.shape[1]
    h_out, w_out = x.shape[2] - k + 1, x.shape[3] - k + 1
    depth = np.zeros((*x.shape[:2], h_out, w_out))
    for u in range(k):
        for v in range(k):
            # Kernel offset (u, v) for every channel at once; weights broadcast per channel.
            depth += w_depth[None, :, u, v, None, None] * x[:, :, u : u + h_out, v : v + w_out]
    return np.einsum("oc,nchw->nohw", w_point, depth) + bias[None, :, None, None]
