import numpy as np
from sklearn.metrics import mean_squared_error

from mldojo.content.testing import case


def _oracle(y_pred, y_true):
    # The loss from scikit-learn (per-column means averaged, equal to the mean over all elements);
    # the gradient from its definition, written with np.subtract and np.multiply.
    loss = float(mean_squared_error(y_true, y_pred))
    grad = np.multiply(np.subtract(y_pred, y_true), 2.0 / np.size(y_pred))
    return (loss, grad)


def public():
    return [
        case("example 1", np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0])),
        case("example 2", np.array([2.0, 0.0]), np.array([1.0, 1.0])),
        case(
            "example 3",
            np.array([[1.0, 2.0], [3.0, 4.0]]),
            np.array([[0.0, 2.0], [3.0, 6.0]]),
        ),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single element", np.array([3.0]), np.array([-1.0])),
        case("single row, many columns", np.array([[1.0, 2.0, 3.0, 4.0]]), np.zeros((1, 4))),
        case("single column", np.array([[1.0], [2.0], [5.0]]), np.array([[2.0], [2.0], [2.0]])),
        case("wide matrix", rng.normal(size=(2, 50)), rng.normal(size=(2, 50))),
        case("equal arrays", np.full((4, 3), 7.5), np.full((4, 3), 7.5)),
        case("large magnitudes", rng.uniform(-1e6, 1e6, size=20), rng.uniform(-1e6, 1e6, size=20)),
        case("tiny residuals", np.full(6, 1.0) + 1e-9 * np.arange(6), np.ones(6)),
    ]
    for k in range(8):
        n = int(rng.integers(1, 60))
        shape = (n,) if k % 2 == 0 else (n, int(rng.integers(2, 8)))
        scale = [0.1, 1.0, 100.0][k % 3]
        cases.append(
            case(f"random {k + 1}", rng.normal(0, scale, size=shape), rng.normal(0, scale, size=shape))
        )
    cases.append(case("large", rng.normal(size=(1000, 500)), rng.normal(size=(1000, 500))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
