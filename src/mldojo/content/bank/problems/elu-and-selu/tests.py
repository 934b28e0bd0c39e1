import numpy as np

from mldojo.content.testing import case

LAMBDA = 1.0507009873554804934
ALPHA_S = 1.6732632423543772848


def _elu(x, alpha):
    # max(x, 0) + alpha * expm1(min(x, 0)): one of the two terms is always exactly 0.
    return np.maximum(x, 0.0) + alpha * np.expm1(np.minimum(x, 0.0))


def _oracle(x, alpha):
    return (_elu(x, alpha), LAMBDA * _elu(x, ALPHA_S))


def _magnitudes(rng, size):
    # Signed values spread over many orders of magnitude, from 1e-12 to about 500.
    return rng.choice([-1.0, 1.0], size=size) * 10.0 ** rng.uniform(-12, 2.7, size=size)


def public():
    return [
        case("example 1", np.array([-1.0, 0.0, 2.0]), 1.0),
        case("example 2", np.array([-1e-12, -2.0]), 0.5),
        case("example 3", np.array([-20.0, 20.0]), 2.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("empty", np.zeros(0), 1.0),
        case("zeros, both signs", np.array([0.0, -0.0, 0.0]), 1.0),
        case("tiny negatives", -np.array([1e-12, 3e-11, 1e-9, 4e-8, 1e-6]), 1.0),
        case("tiny positives", np.array([1e-12, 5e-10, 2e-7]), 1.0),
        case("alpha is not 1", np.array([-3.0, -0.5, -1e-10, 0.5]), 0.25),
        case("large alpha", np.array([-1.0, -10.0, 1.0]), 5.0),
        case("large magnitudes", np.array([-700.0, -40.0, 40.0, 700.0]), 1.5),
        case("two dimensions", rng.normal(0, 2, size=(5, 7)), 1.0),
        case("three dimensions", rng.normal(0, 3, size=(2, 3, 4)), 0.7),
    ]
    for k in range(8):
        shape = tuple(int(s) for s in rng.integers(1, 30, size=1 + k % 3))
        x = rng.normal(0, 3, size=shape) if k % 2 else _magnitudes(rng, shape)
        cases.append(case(f"random {k + 1}", x, float(rng.uniform(0.1, 5.0))))
    cases.append(case("large", _magnitudes(rng, (700, 1000)), 1.0))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
