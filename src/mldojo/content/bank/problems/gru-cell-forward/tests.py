import numpy as np
from scipy.special import expit

from mldojo.content.testing import case


def _oracle(x, h_prev, W_x, W_h, b_x, b_h):
    # Independent form: reshape both parts into (n, 3, H) and use scipy's expit.
    n, H = h_prev.shape
    A = (x @ W_x + b_x).reshape(n, 3, H)
    B = (h_prev @ W_h + b_h).reshape(n, 3, H)
    gates = expit(A[:, :2] + B[:, :2])
    r, z = gates[:, 0], gates[:, 1]
    cand = np.tanh(A[:, 2] + r * B[:, 2])
    return h_prev + (1.0 - z) * (cand - h_prev)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _random(rng, n, d, H, scale=1.0):
    return (
        rng.normal(size=(n, d)),
        rng.normal(size=(n, H)),
        rng.normal(0, scale / np.sqrt(d), size=(d, 3 * H)),
        rng.normal(0, scale / np.sqrt(H), size=(H, 3 * H)),
        rng.normal(0, scale, size=3 * H),
        rng.normal(0, scale, size=3 * H),
    )


def public():
    zero = _a([[0.0, 0.0, 0.0]])
    return [
        case("example 1", _a([[0.0]]), _a([[0.6]]), zero, zero, np.zeros(3), np.zeros(3)),
        case("example 2", _a([[1.0]]), _a([[0.6]]), _a([[0, 0, 1]]), zero, _a([0, -100, 0]), np.zeros(3)),
        case("example 3", _a([[0.0]]), _a([[1.0]]), zero, _a([[0, 0, 2]]), _a([-100, -100, 0]), _a([0, 0, 1])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = []
    H = 3
    x, h = _a([[0.5, -1.0]]), _a([[0.2, -0.4, 0.9]])
    Wh = rng.normal(size=(H, 3 * H))
    cases.append(case("update gate open", x, h, np.zeros((2, 3 * H)), Wh, _a([0] * 3 + [30] * 3 + [0] * 3), np.zeros(3 * H)))
    cases.append(case("update gate closed", x, h, rng.normal(size=(2, 3 * H)), Wh, _a([0] * 3 + [-30] * 3 + [0] * 3), np.zeros(3 * H)))
    cases.append(case("reset closed, recurrent bias", x, h, rng.normal(size=(2, 3 * H)), Wh,
                      _a([-40] * 3 + [0] * 3 + [0] * 3), _a([0] * 6 + [2.0, -1.5, 3.0])))
    cases.append(case("half reset", x, h, np.zeros((2, 3 * H)), Wh, np.zeros(3 * H), _a([0] * 6 + [1.0, 1.0, 1.0])))
    big = _random(rng, 4, 5, 6)
    cases.append(case("saturated pre-activations", big[0], big[1], big[2] * 900, big[3] * 900, big[4] * 900, big[5] * 900))
    cases.append(case("one unit, one feature", *_random(rng, 1, 1, 1)))
    for k in range(8):
        n, d, H = (int(v) for v in rng.integers(1, 24, size=3))
        cases.append(case(f"random {k + 1}", *_random(rng, n, d, H, scale=[0.5, 1.0, 3.0][k % 3])))
    cases.append(case("large batch", *_random(rng, 500, 128, 128)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
