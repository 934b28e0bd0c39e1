import numpy as np

from mldojo.content.testing import case


def _oracle(X, y, w, b, lr):
    # The gradient from the expanded loss: (2/n)(X^T X w + b X^T 1 - X^T y), and for the bias
    # (2/n)(1^T X w + n b - 1^T y).
    n = X.shape[0]
    col_sums = X.sum(axis=0)
    grad_w = (2.0 / n) * (X.T @ X @ w + b * col_sums - X.T @ y)
    grad_b = (2.0 / n) * (col_sums @ w + n * b - y.sum())
    return (w - lr * grad_w, float(b - lr * grad_b))


def public():
    return [
        case("example 1", np.array([[1.0], [2.0]]), np.array([2.0, 4.0]), np.array([0.0]), 0.0, 0.1),
        case("example 2", np.array([[1.0], [2.0]]), np.array([3.0, 5.0]), np.array([2.0]), 1.0, 0.1),
        case(
            "example 3",
            np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
            np.array([1.0, 2.0, 3.0]),
            np.array([1.0, 1.0]),
            0.5,
            0.5,
        ),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single example", np.array([[2.0, -1.0]]), np.array([3.0]), np.array([0.5, 0.5]), -1.0, 0.05),
        case("zero learning rate", rng.normal(size=(6, 2)), rng.normal(size=6), np.array([1.0, -1.0]), 2.0, 0.0),
        case("only the bias is off", np.array([[1.0], [2.0], [3.0]]), np.array([2.0, 3.0, 4.0]), np.array([1.0]), 0.0, 0.1),
        case("zero features", np.zeros((4, 3)), np.array([1.0, 2.0, 3.0, 4.0]), np.array([5.0, 6.0, 7.0]), 0.0, 0.25),
        case("large learning rate", rng.normal(size=(10, 3)), rng.normal(size=10), rng.normal(size=3), 0.3, 5.0),
    ]
    for k in range(8):
        n = int(rng.integers(1, 300))
        d = int(rng.integers(1, 15))
        X = rng.normal(0, [0.1, 1.0, 10.0][k % 3], size=(n, d))
        y = X @ rng.normal(size=d) + rng.normal(size=n)
        cases.append(
            case(f"random {k + 1}", X, y, rng.normal(size=d), float(rng.normal()), float(rng.uniform(1e-4, 0.5)))
        )
    X = rng.normal(size=(400_000, 5))
    y = X @ rng.normal(size=5) + 1.0 + rng.normal(size=400_000)
    cases.append(case("large", X, y, rng.normal(size=5), 0.5, 0.01))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
