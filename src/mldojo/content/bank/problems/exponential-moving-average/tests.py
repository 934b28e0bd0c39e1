import numpy as np
from scipy.signal import lfilter

from mldojo.content.testing import case


def _oracle(x, beta, bias_correction):
    # scipy's IIR filter y_t = (1 - beta) x_t + beta y_{t-1} with a zero initial state.
    v = lfilter([1.0 - beta], [1.0, -beta], x, axis=0)
    if bias_correction:
        v = v / (1.0 - np.power(beta, np.arange(1, x.shape[0] + 1)))[:, None]
    return v


def _f(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _f([[1], [1], [1]]), 0.5, False),
        case("example 2", _f([[1], [1], [1]]), 0.5, True),
        case("example 3", _f([[2, 0], [4, 10]]), 0.0, False),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one step, corrected", _f([[3.0, -2.0]]), 0.9, True),
        case("one step, uncorrected", _f([[3.0, -2.0]]), 0.9, False),
        case("beta zero, corrected", _f([[1, 2], [3, 4], [5, 6]]), 0.0, True),
        case("beta near one, corrected", rng.normal(5, 1, size=(50, 3)), 0.9999, True),
        case("beta near one, uncorrected", rng.normal(5, 1, size=(50, 3)), 0.9999, False),
        case("constant signal", np.full((20, 4), -7.5), 0.8, True),
        case("step change", np.concatenate([np.zeros((10, 1)), np.ones((10, 1))]), 0.7, False),
        case("long sequence, small beta", rng.normal(size=(3000, 2)), 0.5, True),
        case("long sequence, adam beta2", rng.normal(size=(5000, 2)) ** 2, 0.999, True),
    ]
    for t in range(8):
        n, d = int(rng.integers(1, 400)), int(rng.integers(1, 8))
        beta = float(rng.choice([0.1, 0.5, 0.9, 0.99, 0.999]))
        cases.append(case(f"random {t + 1}", rng.normal(0, 10, size=(n, d)), beta, bool(t % 2)))
    cases.append(case("large", rng.normal(size=(50000, 10)), 0.99, True))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
