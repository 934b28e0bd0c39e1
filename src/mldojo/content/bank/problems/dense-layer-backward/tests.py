import numpy as np

from mldojo.content.testing import case


def _oracle(X, W, grad_out):
    # Index notation with einsum, written from the definition of each gradient.
    dX = np.einsum("no,io->ni", grad_out, W)
    dW = np.einsum("ni,no->io", X, grad_out)
    db = np.einsum("no->o", grad_out)
    return (dX, dW, db)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[1, 2]]), _a([[1], [1]]), _a([[1]])),
        case("example 2", _a([[1, 2], [3, 4]]), _a([[1, 0, -1], [0, 1, 1]]), _a([[1, 0, 0], [0, 2, 0]])),
        case("example 3", _a([[1, 1]]), _a([[1, 2], [3, 4]]), _a([[1, -1]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("all ones, 1x1", _a([[1]]), _a([[1]]), _a([[1]])),
        case("zero upstream gradient", rng.normal(size=(4, 3)), rng.normal(size=(3, 2)), np.zeros((4, 2))),
        case("square, asymmetric weights", rng.normal(size=(5, 4)), rng.normal(size=(4, 4)), rng.normal(size=(5, 4))),
        case("square everything", rng.normal(size=(3, 3)), rng.normal(size=(3, 3)), rng.normal(size=(3, 3))),
        case("one output", rng.normal(size=(6, 4)), rng.normal(size=(4, 1)), rng.normal(size=(6, 1))),
        case("one input feature", rng.normal(size=(6, 1)), rng.normal(size=(1, 5)), rng.normal(size=(6, 5))),
        case("batch equals width", rng.normal(size=(4, 4)), rng.normal(size=(4, 7)), rng.normal(size=(4, 7))),
    ]
    for k in range(8):
        n, d_in, d_out = (int(v) for v in rng.integers(1, 40, size=3))
        scale = [0.01, 1.0, 100.0][k % 3]
        cases.append(
            case(
                f"random {k + 1}",
                rng.normal(0, scale, size=(n, d_in)),
                rng.normal(size=(d_in, d_out)),
                rng.normal(size=(n, d_out)),
            )
        )
    cases.append(case("large", rng.normal(size=(200_000, 4)), rng.normal(size=(4, 2)), rng.normal(size=(200_000, 2))))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
