import numpy as np

from mldojo.content.testing import case


def _oracle(X, y, w, b, lr):
    # Independent form: augmented vectors [x, 1] carry the bias as the last weight, in plain floats.
    theta = [float(v) for v in w] + [float(b)]
    mistakes = 0
    for row, label in zip(X.tolist(), y.tolist()):
        z = row + [1.0]
        if label * sum(a * c for a, c in zip(theta, z)) <= 0:
            theta = [a + lr * label * c for a, c in zip(theta, z)]
            mistakes += 1
    return (np.array(theta[:-1]), theta[-1], mistakes)


def _f(values):
    return np.array(values, dtype=np.float64)


def _data(rng, n, d, separable):
    X = rng.normal(size=(n, d))
    if separable:
        true_w = rng.normal(size=d)
        y = np.where(X @ true_w + 0.3 >= 0, 1.0, -1.0)
    else:
        y = rng.choice([-1.0, 1.0], size=n)
    return X, y


def public():
    return [
        case("example 1", _f([[1, 0], [0, 1]]), _f([1, -1]), _f([0, 0]), 0.0, 1.0),
        case("example 2", _f([[2, 1], [1, 3]]), _f([1, 1]), _f([0, 0]), 0.0, 0.5),
        case("example 3", _f([[1, 1]]), _f([-1]), _f([1, 1]), -2.0, 1.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("all correct already", _f([[1, 2], [-1, -1]]), _f([1, -1]), _f([1, 1]), 0.5, 1.0),
        case("zero weights, many samples", _f([[1, 0], [1, 0], [0, 1], [-1, -1]]), _f([1, 1, -1, -1]), _f([0, 0]), 0.0, 1.0),
        case("repeated sample", _f([[1.0, -2.0]] * 5), _f([-1] * 5), _f([0.5, 0.5]), 1.0, 0.1),
        case("zero sample", _f([[0.0, 0.0], [0.0, 0.0]]), _f([1, -1]), _f([0, 0]), 0.0, 1.0),
        case("one feature", _f([[3.0], [-2.0], [1.0]]), _f([-1, 1, 1]), _f([0.0]), 0.0, 0.25),
    ]
    X, y = _data(rng, 50, 3, separable=True)
    w0 = rng.normal(size=3)
    cases.append(case("exact zero margins mid-epoch", np.round(X), y, np.zeros(3), 0.0, 1.0))
    for t in range(8):
        n, d = int(rng.integers(1, 200)), int(rng.integers(1, 10))
        X, y = _data(rng, n, d, separable=t % 2 == 0)
        w0 = np.zeros(d) if t % 3 == 0 else rng.normal(size=d)
        b0 = 0.0 if t % 3 == 0 else float(rng.normal())
        cases.append(case(f"random {t + 1}", X, y, w0, b0, float(rng.choice([0.01, 0.1, 1.0]))))
    X, y = _data(rng, 20000, 50, separable=True)
    cases.append(case("large", X, y, np.zeros(50), 0.0, 0.1))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
