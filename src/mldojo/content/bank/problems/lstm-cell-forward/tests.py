import numpy as np
from scipy.special import expit

from mldojo.content.testing import case


def _oracle(x, h_prev, c_prev, W_x, W_h, b):
    # Independent form: one product of the concatenated [x, h_prev] with the stacked weights,
    # the gates read by reshaping into (n, 4, H), and scipy's expit as the sigmoid.
    n, H = h_prev.shape
    Z = (np.hstack([x, h_prev]) @ np.vstack([W_x, W_h]) + b).reshape(n, 4, H)
    i, f, o = expit(Z[:, 0]), expit(Z[:, 1]), expit(Z[:, 3])
    g = np.tanh(Z[:, 2])
    c = f * c_prev + i * g
    return (o * np.tanh(c), c)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _random(rng, n, d, H, scale=1.0):
    return (
        rng.normal(size=(n, d)),
        rng.normal(size=(n, H)),
        rng.normal(size=(n, H)),
        rng.normal(0, scale / np.sqrt(d), size=(d, 4 * H)),
        rng.normal(0, scale / np.sqrt(H), size=(H, 4 * H)),
        rng.normal(0, scale, size=4 * H),
    )


def public():
    zero = _a([[0.0, 0.0, 0.0, 0.0]])
    return [
        case("example 1", _a([[0.0]]), _a([[0.0]]), _a([[0.0]]), zero, zero, np.zeros(4)),
        case("example 2", _a([[0.0]]), _a([[0.0]]), _a([[2.0]]), zero, zero, np.zeros(4)),
        case("example 3", _a([[1.0]]), _a([[0.0]]), _a([[0.0]]), _a([[0, 0, 1, 0]]), zero, _a([100, -100, 0, 100])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = []
    # Each gate alone fully open with distinct values so a swapped block order shows.
    H = 3
    x, h, c = _a([[0.5, -1.0]]), _a([[0.2, -0.4, 0.9]]), _a([[1.5, -2.0, 0.7]])
    b = np.concatenate([np.full(H, 2.0), np.full(H, -1.0), np.full(H, 0.5), np.full(H, 1.0)])
    cases.append(case("distinct gate biases", x, h, c, np.zeros((2, 4 * H)), np.zeros((H, 4 * H)), b))
    cases.append(case("forget everything", x, h, c, np.zeros((2, 4 * H)), np.zeros((H, 4 * H)),
                      np.concatenate([np.full(H, 50.0), np.full(H, -50.0), np.full(H, -3.0), np.full(H, 50.0)])))
    cases.append(case("keep everything, admit nothing", x, h, _a([[3.0, -3.0, 10.0]]), np.zeros((2, 4 * H)),
                      np.zeros((H, 4 * H)), np.concatenate([np.full(H, -50.0), np.full(H, 50.0), np.zeros(H), np.full(H, 50.0)])))
    big = _random(rng, 4, 5, 6, scale=1.0)
    cases.append(case("saturated pre-activations", *big[:3], big[3] * 800, big[4] * 800, big[5] * 800))
    cases.append(case("large cell state", *_random(rng, 3, 2, 4)[:2], rng.normal(0, 20, size=(3, 4)), *_random(rng, 3, 2, 4)[3:]))
    cases.append(case("one unit, one feature", *_random(rng, 1, 1, 1)))
    for k in range(8):
        n, d, H = (int(v) for v in rng.integers(1, 24, size=3))
        cases.append(case(f"random {k + 1}", *_random(rng, n, d, H, scale=[0.5, 1.0, 3.0][k % 3])))
    cases.append(case("large batch", *_random(rng, 500, 128, 128)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
