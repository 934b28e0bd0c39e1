import numpy as np

from mldojo.content.testing import case


def _softmax(z):
    # An independent oracle in float128-free form: log-sum-exp through np.logaddexp.reduce.
    log_norm = np.logaddexp.reduce(z, axis=1, keepdims=True)
    return np.exp(z - log_norm)


def public():
    return [
        case("example 1", np.array([[0.0, 0.0]])),
        case("example 2", np.array([[1.0, 2.0, 3.0]])),
        case("example 3", np.array([[1000.0, 1000.0, 999.0]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single column", np.array([[3.5], [-2.0]]), expected=np.ones((2, 1))),
        case("single row, negatives", np.array([[-1.0, -2.0, -3.0]])),
        case("very negative logits", np.array([[-1000.0, -1001.0], [-5000.0, -5000.0]])),
        case("mixed huge magnitudes", np.array([[1e4, -1e4, 0.0], [-1e4, 1e4, 1e4]])),
        case("one-hot-like", np.array([[50.0, 0.0, 0.0, 0.0]])),
        case("columns differ, rows equal", np.tile(np.array([[0.1, 0.7, -0.3]]), (4, 1))),
        case("rows differ by a constant", np.array([[1.0, 2.0], [101.0, 102.0]])),
    ]
    for k in range(6):
        n, m = rng.integers(1, 40, size=2)
        scale = [1.0, 10.0, 300.0][k % 3]
        cases.append(case(f"random {k + 1}", rng.normal(0, scale, size=(n, m))))
    cases.append(case("large batch", rng.normal(0, 5, size=(1000, 500))))
    return [
        case(c.name, *c.args, expected=c.expected if c.has_expected else _softmax(c.args[0]))
        for c in cases
    ]
