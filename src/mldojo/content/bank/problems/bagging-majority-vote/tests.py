import numpy as np
from scipy import stats

from mldojo.content.testing import case


def _oracle(predictions, n_classes):
    # SciPy's mode returns the smallest of the most frequent values, with its count.
    result = stats.mode(predictions, axis=0, keepdims=False)
    return np.asarray(result.mode, dtype=np.int64), np.asarray(result.count) / predictions.shape[0]


def _i(rows):
    return np.array(rows, dtype=np.int64)


def _ensemble(rng, m, n, k, accuracy):
    # Models that agree with a hidden truth with some probability, else vote at random.
    truth = rng.integers(0, k, size=n)
    noise = rng.integers(0, k, size=(m, n))
    return np.where(rng.random((m, n)) < accuracy, truth[None, :], noise).astype(np.int64)


def public():
    return [
        case("example 1", _i([[0, 1, 2], [0, 2, 2], [1, 1, 2]]), 3),
        case("example 2", _i([[2, 0], [1, 1]]), 3),
        case("example 3", _i([[4], [3], [4], [3], [0]]), 5),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single model", _i([[3, 0, 1, 1]]), 4),
        case("single sample", _i([[1], [0], [1]]), 2),
        case("one class", np.zeros((4, 6), dtype=np.int64), 1),
        case("unused classes", _i([[5, 5], [5, 7], [7, 7]]), 10),
        case("all tied: smallest wins", _i([[3, 2, 1], [2, 1, 3], [1, 3, 2]]), 4),
        case("tie between large labels", _i([[9, 8], [8, 9], [0, 0], [9, 8], [8, 9]]), 10),
        case("plurality, not majority", _i([[0], [1], [2], [3], [3]]), 4),
        case("averaging labels misleads", _i([[0], [0], [4], [4], [4]]), 5),
        case("wide: more samples than models", _ensemble(rng, 3, 40, 5, 0.6), 5),
        case("tall: more models than samples", _ensemble(rng, 60, 2, 7, 0.3), 7),
        case("even number of models, binary", _ensemble(rng, 10, 50, 2, 0.5), 2),
    ]
    for k in range(8):
        m, n, classes = (
            int(rng.integers(1, 40)),
            int(rng.integers(1, 300)),
            int(rng.integers(2, 12)),
        )
        cases.append(
            case(
                f"random {k + 1}",
                _ensemble(rng, m, n, classes, float(rng.uniform(0, 0.9))),
                classes,
            )
        )
    cases.append(case("large", _ensemble(rng, 200, 20000, 20, 0.4), 20))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
