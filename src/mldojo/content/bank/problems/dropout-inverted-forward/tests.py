import numpy as np

from mldojo.content.testing import case


def _oracle(x, mask, p, training):
    # Independent formulation: select with np.where on the mask and multiply by the keep scale.
    if not training:
        return np.array(x, dtype=np.float64, copy=True)
    return np.where(mask == 1.0, x * (1.0 / (1.0 - p)), 0.0)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([1.0, 2.0, 3.0, 4.0]), _a([1.0, 0.0, 1.0, 0.0]), 0.5, True),
        case("example 2", _a([1.0, 2.0]), _a([0.0, 1.0]), 0.5, False),
        case("example 3", _a([[-4.0, 8.0]]), _a([[1.0, 1.0]]), 0.75, True),
    ]


def _mask(rng, shape, p):
    return (rng.random(shape) >= p).astype(np.float64)


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros((0, 3)), np.zeros((0, 3)), 0.5, True),
        case("p = 0 keeps everything", _a([1.5, -2.5, 3.0]), _a([1.0, 1.0, 1.0]), 0.0, True),
        case("all dropped", rng.normal(size=(3, 4)), np.zeros((3, 4)), 0.9, True),
        case("high drop rate", rng.normal(size=50), _mask(rng, 50, 0.95), 0.95, True),
        case("low drop rate", rng.normal(size=50), _mask(rng, 50, 0.1), 0.1, True),
        case("inference with a mask of zeros", _a([[3.0, -1.0], [2.0, 7.0]]), np.zeros((2, 2)), 0.3, False),
        case("inference, p = 0.8", rng.normal(size=(4, 5)), _mask(rng, (4, 5), 0.8), 0.8, False),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 20, size=1 + k % 3))
        p = float(rng.uniform(0.05, 0.9))
        cases.append(case(f"random {k + 1}", rng.normal(0, 3, size=shape), _mask(rng, shape, p), p, k % 4 != 3))
    shape = (500, 500)
    cases.append(case("large", rng.normal(size=shape), _mask(rng, shape, 0.2), 0.2, True))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
