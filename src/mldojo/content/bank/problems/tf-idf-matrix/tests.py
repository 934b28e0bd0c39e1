import numpy as np
from sklearn.feature_extraction.text import TfidfTransformer

from mldojo.content.testing import case


def _oracle(counts):
    transformer = TfidfTransformer(norm="l2", use_idf=True, smooth_idf=True, sublinear_tf=False)
    return transformer.fit_transform(counts).toarray().astype(np.float64)


def _c(rows):
    return np.array(rows, dtype=np.int64)


def public():
    return [
        case("example 1", _c([[1, 1], [1, 0]])),
        case("example 2", _c([[3, 0, 0], [0, 0, 0]])),
        case("example 3", _c([[2, 1], [2, 1]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one document", _c([[0, 2, 5, 1]])),
        case("one term", _c([[3], [0], [1]])),
        case("all documents empty", np.zeros((3, 4), dtype=np.int64)),
        # df counts documents, not occurrences: term 0 occurs 10 times but in one document.
        case("df counts documents", _c([[10, 1, 0], [0, 1, 1], [0, 1, 0]])),
        case("term in every document", _c([[1, 2], [4, 1], [1, 1]])),
        case("unused term columns", _c([[1, 0, 2, 0], [0, 0, 1, 0]])),
        case("large counts", _c([[10_000, 1, 0], [0, 9_999, 3]])),
        case("identity", np.eye(5, dtype=np.int64)),
    ]
    for k in range(8):
        n, v = int(rng.integers(1, 40)), int(rng.integers(1, 60))
        density = [0.05, 0.2, 0.5, 0.9][k % 4]
        counts = rng.poisson(2.0, size=(n, v)) * (rng.random((n, v)) < density)
        cases.append(case(f"random {k + 1}", counts.astype(np.int64)))
    counts = rng.poisson(1.0, size=(800, 1500)) * (rng.random((800, 1500)) < 0.05)
    cases.append(case("large sparse", counts.astype(np.int64)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
