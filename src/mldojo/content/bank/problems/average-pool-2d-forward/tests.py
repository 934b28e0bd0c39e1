import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from mldojo.content.testing import case


def _oracle(x, kernel_size, stride, padding):
    # Zero-pad, view every k×k window at stride 1, keep every s-th, average each window.
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)), constant_values=0.0)
    windows = sliding_window_view(xp, (kernel_size, kernel_size), axis=(2, 3))
    return windows[:, :, ::stride, ::stride].mean(axis=(-2, -1))


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", np.arange(1.0, 17.0).reshape(1, 1, 4, 4), 2, 2, 0),
        case("example 2", np.full((1, 1, 2, 2), 4.0), 2, 2, 1),
        case("example 3", np.arange(25.0).reshape(1, 1, 5, 5), 3, 2, 0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    r = rng.normal
    cases = [
        case("1x1 image", _a([[[[7.5]]]]), 1, 1, 0),
        case("1x1 image, padded", _a([[[[9.0]]]]), 3, 1, 1),
        case("window equals the image", r(size=(2, 3, 4, 4)), 4, 1, 0),
        case("kernel 1 with stride 2: subsampling", r(size=(1, 2, 5, 6)), 1, 2, 0),
        case("stride 1, same-size output", r(size=(2, 2, 6, 6)), 3, 1, 1),
        case("leftover rows and columns", r(size=(1, 1, 7, 9)), 2, 2, 0),
        case("stride larger than the window", r(size=(1, 2, 9, 9)), 2, 3, 0),
        case("non-square image", r(size=(3, 1, 4, 11)), 3, 2, 1),
        case("constant image, padded borders", np.ones((1, 2, 5, 5)), 3, 2, 1),
        case("padding 2", r(size=(2, 2, 6, 5)), 4, 2, 2),
        case("large values", r(size=(1, 1, 6, 6)) * 1e200, 2, 2, 0),
        case("zeros", np.zeros((2, 1, 4, 4)), 2, 1, 1),
        case("many channels", r(size=(2, 32, 8, 8)), 2, 2, 0),
    ]
    for k in range(8):
        n, c = int(rng.integers(1, 4)), int(rng.integers(1, 5))
        h, w = int(rng.integers(1, 20)), int(rng.integers(1, 20))
        ks = min(int(rng.integers(1, min(h, w) + 1)), 4)
        pad = int(rng.integers(0, ks // 2 + 1))
        cases.append(
            case(f"random {k + 1}", r(0, 3, size=(n, c, h, w)), ks, int(rng.integers(1, 5)), pad)
        )
    cases.append(case("large", r(size=(8, 16, 128, 128)), 2, 2, 0))
    cases.append(case("large, overlapping and padded", r(size=(3, 16, 128, 128)), 3, 1, 1))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
