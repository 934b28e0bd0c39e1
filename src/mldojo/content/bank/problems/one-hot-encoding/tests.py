import numpy as np

from mldojo.content.testing import case


def _oracle(labels, k):
    # Compare every label with every class index: an independent broadcast formulation.
    return (labels[:, None] == np.arange(k)[None, :]).astype(np.float64)


def _labels(values):
    return np.array(values, dtype=np.int64)


def public():
    return [
        case("example 1", _labels([0, 2, 1]), 3),
        case("example 2", _labels([1, 1]), 4),
        case("example 3", _labels([0]), 1),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("no labels", _labels([]), 3),
        case("last class only", _labels([4, 4, 4]), 5),
        case("first class only", _labels([0, 0]), 6),
        case("every class once, reversed", _labels([4, 3, 2, 1, 0]), 5),
        case("one class, many rows", _labels([0] * 7), 1),
        case("many classes, few rows", _labels([999, 0, 500]), 1000),
    ]
    for k in range(8):
        n = int(rng.integers(1, 300))
        classes = int(rng.integers(1, 40))
        cases.append(case(f"random {k + 1}", rng.integers(0, classes, size=n).astype(np.int64), classes + int(rng.integers(0, 3))))
    cases.append(case("large", rng.integers(0, 10, size=100_000).astype(np.int64), 10))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
