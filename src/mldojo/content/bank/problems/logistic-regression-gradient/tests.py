import numpy as np
from scipy.special import expit, log_expit

from mldojo.content.testing import case


def _oracle(X, y, w, b):
    # scipy's log_expit(t) = log(sigmoid(t)) computed stably; 1 - sigmoid(z) = sigmoid(-z).
    z = X @ w + b
    loss = -float(np.mean(y * log_expit(z) + (1.0 - y) * log_expit(-z)))
    error = expit(z) - y
    return (loss, np.einsum("ij,i->j", X, error) / len(y), float(error.sum() / len(y)))


def public():
    return [
        case("example 1", np.array([[1.0], [-1.0]]), np.array([1.0, 0.0]), np.array([0.0]), 0.0),
        case("example 2", np.array([[2.0, 0.0]]), np.array([1.0]), np.array([1.0, 3.0]), -1.0),
        case("example 3", np.array([[1000.0]]), np.array([0.0]), np.array([1.0]), 0.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("confidently right, huge logits", np.array([[1.0], [-1.0]]), np.array([1.0, 0.0]), np.array([900.0]), 0.0),
        case("confidently wrong, huge logits", np.array([[1.0], [-1.0]]), np.array([0.0, 1.0]), np.array([900.0]), 0.0),
        case("logits of 40: sigmoid rounds to 1", np.array([[40.0], [-40.0], [38.0]]), np.array([1.0, 0.0, 0.0]), np.array([1.0]), 0.0),
        case("extreme logits, mixed", np.array([[1.0, 2.0], [-3.0, 1.0], [0.5, -0.5]]), np.array([1.0, 1.0, 0.0]), np.array([3000.0, -1000.0]), 5.0),
        case("bias only", np.zeros((4, 2)), np.array([1.0, 1.0, 1.0, 0.0]), np.array([2.0, -3.0]), 0.7),
        case("all labels 0", rng.normal(size=(7, 3)), np.zeros(7), rng.normal(size=3), -0.2),
        case("all labels 1", rng.normal(size=(7, 3)), np.ones(7), rng.normal(size=3), 0.2),
    ]
    for k in range(8):
        n = int(rng.integers(1, 300))
        d = int(rng.integers(1, 12))
        X = rng.normal(size=(n, d))
        scale = [0.1, 1.0, 30.0, 200.0][k % 4]
        true_w = rng.normal(size=d)
        y = (X @ true_w + rng.normal(size=n) > 0).astype(np.float64)
        cases.append(case(f"random {k + 1}", X, y, scale * rng.normal(size=d), float(rng.normal())))
    X = rng.normal(size=(200_000, 10))
    y = (X @ rng.normal(size=10) + rng.normal(size=200_000) > 0).astype(np.float64)
    cases.append(case("large", X, y, 3.0 * rng.normal(size=10), -0.5))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
