import numpy as np
from scipy.signal import correlate2d

from mldojo.content.testing import case


def _oracle(x, weight, bias, stride, padding):
    # scipy's 2-D cross-correlation per (output, input) channel pair at stride 1, then subsampled.
    c_out, c_in = weight.shape[:2]
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    maps = []
    for o in range(c_out):
        full = sum(correlate2d(xp[c], weight[o, c], mode="valid") for c in range(c_in))
        maps.append(full[::stride, ::stride] + bias[o])
    return np.stack(maps)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    x = _a([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]])
    return [
        case("example 1", x, _a([[[[1, 0], [0, -1]]]]), _a([0]), 1, 0),
        case("example 2", x, np.ones((1, 1, 3, 3)), _a([1]), 2, 1),
        case(
            "example 3",
            _a([[[1, 2], [3, 4]], [[0, 1], [1, 0]]]),
            _a([[[[1]], [[1]]], [[[2]], [[-1]]]]),
            _a([0, 0.5]),
            1,
            0,
        ),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    r = rng.normal
    cases = [
        case("1x1 image, 1x1 kernel", _a([[[3.0]]]), _a([[[[2.0]]]]), _a([-1.0]), 1, 0),
        case("kernel covers the whole image", r(size=(2, 4, 4)), r(size=(3, 2, 4, 4)), r(size=3), 1, 0),
        case("asymmetric kernel", r(size=(1, 5, 6)), r(size=(2, 1, 2, 3)), r(size=2), 1, 0),
        case("non-square image, stride 2", r(size=(2, 7, 10)), r(size=(2, 2, 3, 3)), r(size=2), 2, 0),
        case("stride does not divide evenly", r(size=(1, 8, 8)), r(size=(1, 1, 3, 3)), r(size=1), 3, 0),
        case("padding larger than the kernel needs", r(size=(1, 3, 3)), r(size=(1, 1, 2, 2)), _a([0.0]), 1, 3),
        case("kernel larger than the image, with padding", r(size=(1, 2, 2)), r(size=(1, 1, 4, 4)), _a([0.5]), 1, 1),
        case("padding and stride together", r(size=(3, 9, 9)), r(size=(4, 3, 3, 3)), r(size=4), 2, 1),
        case("asymmetric kernel shows a flip", _a([[[0, 0, 0], [0, 1, 0], [0, 0, 0]]]), _a([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]), _a([0]), 1, 1),
        case("many channels, tiny image", r(size=(32, 1, 1)), r(size=(32, 32, 1, 1)), r(size=32), 1, 0),
        case("zero weights: only the bias", r(size=(2, 4, 4)), np.zeros((3, 2, 3, 3)), _a([1, -2, 3]), 1, 1),
    ]
    for k in range(8):
        c_in, c_out = int(rng.integers(1, 5)), int(rng.integers(1, 5))
        h, w = int(rng.integers(1, 16)), int(rng.integers(1, 16))
        p, s = int(rng.integers(0, 4)), int(rng.integers(1, 5))
        kh, kw = int(rng.integers(1, h + 2 * p + 1)), int(rng.integers(1, w + 2 * p + 1))
        kh, kw = min(kh, 5), min(kw, 5)
        cases.append(case(f"random {k + 1}", r(size=(c_in, h, w)), r(size=(c_out, c_in, kh, kw)), r(size=c_out), s, p))
    cases.append(case("large", r(size=(8, 96, 96)), r(0, 0.1, size=(32, 8, 3, 3)), r(size=32), 1, 1))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
