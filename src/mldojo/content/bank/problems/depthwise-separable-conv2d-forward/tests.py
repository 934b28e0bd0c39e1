import numpy as np
from scipy.signal import correlate2d

from mldojo.content.testing import case


def _oracle(x, w_depth, w_point, bias):
    # Depthwise with SciPy's 2-D cross-correlation per image and channel, pointwise as a matrix product.
    n, c = x.shape[:2]
    depth = np.stack(
        [
            np.stack([correlate2d(x[i, j], w_depth[j], mode="valid") for j in range(c)])
            for i in range(n)
        ]
    )
    mixed = np.tensordot(depth, w_point, axes=([1], [1]))  # (N, H_out, W_out, C_out)
    return np.moveaxis(mixed, -1, 1) + bias[None, :, None, None]


def _a(values):
    return np.array(values, dtype=np.float64)


def _layer(rng, n, c, h, w, k, c_out, scale=1.0):
    return (
        rng.normal(0, scale, size=(n, c, h, w)),
        rng.normal(size=(c, k, k)),
        rng.normal(size=(c_out, c)),
        rng.normal(size=c_out),
    )


def public():
    return [
        case(
            "example 1",
            np.arange(1.0, 10.0).reshape(1, 1, 3, 3),
            _a([[[1, 0], [0, -1]]]),
            _a([[2]]),
            _a([1]),
        ),
        case(
            "example 2",
            np.stack([np.ones((2, 2)), 2 * np.ones((2, 2))])[None],
            _a([[[1]], [[1]]]),
            _a([[1, 1], [1, -1]]),
            _a([0, 0]),
        ),
        case(
            "example 3",
            _a([[[[1, 2, 3]], [[4, 5, 6]]]]),
            _a([[[1]], [[10]]]),
            _a([[1, 0], [0, 1], [1, 1]]),
            _a([0, 0, 0.5]),
        ),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("1x1 everything", _a([[[[3.0]]]]), _a([[[2.0]]]), _a([[-1.5]]), _a([0.25])),
        case("kernel equals the image", *_layer(rng, 2, 3, 3, 3, 3, 4)),
        case(
            "asymmetric kernel (flip matters)",
            _a([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]),
            _a([[[1, 2], [3, 4]]]),
            _a([[1.0]]),
            _a([0.0]),
        ),
        case("channels must not mix in the depthwise step", *_layer(rng, 1, 3, 5, 5, 3, 2)),
        case("more output channels than input", *_layer(rng, 2, 2, 6, 7, 3, 8)),
        case("fewer output channels than input", *_layer(rng, 1, 8, 6, 6, 2, 3)),
        case("non-square image", *_layer(rng, 3, 2, 4, 11, 3, 2)),
        case(
            "zero input: bias only",
            np.zeros((1, 2, 4, 4)),
            rng.normal(size=(2, 3, 3)),
            rng.normal(size=(3, 2)),
            _a([1.0, -2.0, 0.5]),
        ),
        case("large values", *_layer(rng, 1, 2, 5, 5, 3, 2, scale=1e100)),
        case("kernel 1: pure pointwise", *_layer(rng, 2, 4, 5, 5, 1, 3)),
    ]
    for k in range(8):
        n, c, c_out = int(rng.integers(1, 4)), int(rng.integers(1, 6)), int(rng.integers(1, 7))
        h, w = int(rng.integers(1, 16)), int(rng.integers(1, 16))
        ks = int(rng.integers(1, min(h, w, 5) + 1))
        cases.append(case(f"random {k + 1}", *_layer(rng, n, c, h, w, ks, c_out, scale=3.0)))
    cases.append(case("large", *_layer(rng, 4, 16, 64, 64, 3, 32)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
