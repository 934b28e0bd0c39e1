import math

import numpy as np

from mldojo.content.testing import case


def _oracle(counts, query, k1, b):
    # The textbook double loop over documents and query terms, with Python floats.
    rows = counts.tolist()
    n_docs = len(rows)
    lengths = [sum(row) for row in rows]
    avgdl = sum(lengths) / n_docs
    scores = []
    for row, length in zip(rows, lengths, strict=True):
        total = 0.0
        for t in query.tolist():
            df = sum(1 for other in rows if other[t] > 0)
            idf = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
            f = row[t]
            total += idf * f * (k1 + 1.0) / (f + k1 * (1.0 - b + b * length / avgdl))
        scores.append(total)
    return np.array(scores)


def _c(rows):
    return np.array(rows, dtype=np.int64)


def public():
    return [
        case("example 1", _c([[1, 0], [0, 1]]), _c([0]), 1.2, 0.75),
        case("example 2", _c([[2, 0], [1, 3]]), _c([0]), 1.0, 0.0),
        case("example 3", _c([[1, 1], [0, 2]]), _c([1, 1]), 1.2, 1.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one document", _c([[3, 1, 0]]), _c([0, 2]), 1.5, 0.75),
        case("query term in no document", _c([[1, 0, 2], [0, 1, 1]]), _c([1, 0]), 1.2, 0.75),
        # Term 0 is in 3 of 4 documents: the Robertson idf would be negative here.
        case("common term", _c([[1, 1, 0], [2, 0, 1], [1, 0, 0], [0, 3, 1]]), _c([0]), 1.2, 0.75),
        # Length is the token count: document 0 has 1 distinct term but 9 tokens.
        case(
            "length is tokens, not distinct terms",
            _c([[9, 0, 0], [1, 1, 1], [0, 2, 1]]),
            _c([0, 1]),
            1.2,
            0.75,
        ),
        case("empty document", _c([[0, 0, 0], [2, 1, 0], [0, 1, 4]]), _c([1, 2]), 1.2, 0.75),
        case("small k1: nearly binary tf", _c([[5, 0], [1, 2], [0, 7]]), _c([0, 1]), 0.01, 0.75),
        case(
            "b = 1: full length normalisation",
            _c([[5, 0, 9], [1, 2, 0], [0, 7, 1]]),
            _c([0, 1]),
            2.0,
            1.0,
        ),
        case(
            "repeated query terms",
            _c([[2, 1, 0], [0, 1, 3], [1, 0, 1]]),
            _c([2, 0, 2, 2]),
            1.2,
            0.5,
        ),
    ]
    for k in range(8):
        n, v = int(rng.integers(1, 40)), int(rng.integers(1, 50))
        counts = (rng.poisson(1.5, size=(n, v)) * (rng.random((n, v)) < 0.4)).astype(np.int64)
        counts[rng.integers(0, n), rng.integers(0, v)] += 1  # at least one non-empty document
        query = rng.integers(0, v, size=int(rng.integers(1, 8))).astype(np.int64)
        cases.append(
            case(
                f"random {k + 1}",
                counts,
                query,
                float(rng.uniform(0.5, 2.0)),
                float(rng.uniform(0, 1)),
            )
        )
    counts = (rng.poisson(1.0, size=(3000, 500)) * (rng.random((3000, 500)) < 0.1)).astype(np.int64)
    cases.append(
        case("larger collection", counts, rng.integers(0, 500, size=10).astype(np.int64), 1.2, 0.75)
    )
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
