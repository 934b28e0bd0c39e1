import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from mldojo.content.testing import case


def _oracle(x, kernel_size, stride):
    # Every k×k window at stride 1 as a view, keep every s-th, then the maximum of each.
    windows = sliding_window_view(x, (kernel_size, kernel_size), axis=(2, 3))
    return windows[:, :, ::stride, ::stride].max(axis=(-2, -1))


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", np.arange(1.0, 17.0).reshape(1, 1, 4, 4), 2, 2),
        case("example 2", -np.arange(1.0, 10.0).reshape(1, 1, 3, 3), 2, 1),
        case("example 3", np.arange(25.0).reshape(1, 1, 5, 5), 3, 2),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    r = rng.normal
    cases = [
        case("1x1 image", _a([[[[7.5]]]]), 1, 1),
        case("window equals the image", r(size=(2, 3, 4, 4)), 4, 1),
        case("kernel 1 with stride 2: subsampling", r(size=(1, 2, 5, 6)), 1, 2),
        case("stride 1, overlapping windows", r(size=(2, 2, 6, 6)), 3, 1),
        case("leftover rows and columns", r(size=(1, 1, 7, 9)), 2, 2),
        case("stride larger than the window", r(size=(1, 2, 9, 9)), 2, 3),
        case("non-square image", r(size=(3, 1, 4, 11)), 3, 2),
        case("all negative", -np.abs(r(size=(2, 3, 6, 6))) - 1.0, 2, 2),
        case("very negative values", r(size=(1, 1, 4, 4)) - 1e300, 2, 2),
        case("ties inside windows", np.zeros((1, 1, 4, 4)) + _a([[1, 1, 0, 0], [1, 1, 0, 0], [2, 2, 2, 2], [2, 2, 2, 2]]), 2, 2),
        case("maxima at window corners", np.kron(np.ones((2, 2)), _a([[0, 0, 0], [0, 0, 0], [0, 0, 9]]))[None, None], 3, 3),
        case("many channels", r(size=(2, 32, 8, 8)), 2, 2),
    ]
    for k in range(8):
        n, c = int(rng.integers(1, 4)), int(rng.integers(1, 5))
        h, w = int(rng.integers(1, 20)), int(rng.integers(1, 20))
        ks = int(rng.integers(1, min(h, w) + 1))
        ks = min(ks, 4)
        cases.append(case(f"random {k + 1}", r(0, 3, size=(n, c, h, w)), ks, int(rng.integers(1, 5))))
    cases.append(case("large", r(size=(8, 16, 128, 128)), 2, 2))
    cases.append(case("large, overlapping", r(size=(3, 16, 128, 128)), 2, 1))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
