import numpy as np
from sklearn.metrics import average_precision_score

from mldojo.content.testing import case


def _oracle(scores, relevant):
    # Independent form: per user, lexsort the items and sum k / rank over the relevant ranks.
    n, m = scores.shape
    index = np.arange(m)
    aps = []
    for u in range(n):
        order = np.lexsort((index, -scores[u]))
        ranks = np.flatnonzero(relevant[u][order]) + 1  # 1-based ranks of relevant items
        if len(ranks):
            aps.append(float(np.mean(np.arange(1, len(ranks) + 1) / ranks)))
    return float(np.mean(aps)) if aps else float("nan")


def _sklearn_check(scores, relevant, value):
    # Without ties, scikit-learn's average precision per user must agree with the oracle.
    aps = [average_precision_score(relevant[u], scores[u]) for u in range(len(scores)) if relevant[u].any()]
    assert abs(float(np.mean(aps)) - value) < 1e-9, (np.mean(aps), value)


def _b(rows):
    return np.array(rows, dtype=bool)


def _f(rows):
    return np.array(rows, dtype=np.float64)


def public():
    T, F = True, False
    return [
        case("example 1", _f([[0.9, 0.8, 0.7]]), _b([[T, F, T]])),
        case("example 2", _f([[0.5, 0.5, 0.5]]), _b([[F, F, T]])),
        case("example 3", _f([[0.1, 0.9], [0.3, 0.2]]), _b([[F, T], [F, F]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    T, F = True, False
    cases = [
        case("one item", _f([[0.0]]), _b([[T]])),
        case("perfect ranking", _f([[4, 3, 2, 1]]), _b([[T, T, F, F]])),
        case("worst ranking", _f([[4, 3, 2, 1]]), _b([[F, F, T, T]])),
        case("all relevant", rng.normal(size=(2, 5)), np.ones((2, 5), dtype=bool)),
        case("nothing relevant anywhere", rng.normal(size=(3, 4)), np.zeros((3, 4), dtype=bool)),
        case("ties across relevant and not", _f([[1, 1, 1, 0, 0]]), _b([[F, T, F, T, F]])),
        case("mostly empty users", rng.normal(size=(5, 6)), _b([[F] * 6] * 4 + [[F, F, T, F, F, F]])),
    ]
    for t in range(8):
        n, m = (int(v) for v in rng.integers(1, 50, size=2))
        tied = t % 2 == 1
        scores = rng.integers(0, 3, size=(n, m)).astype(np.float64) if tied else rng.normal(size=(n, m))
        relevant = rng.random((n, m)) < rng.choice([0.1, 0.3, 0.6])
        if not tied and relevant.any():
            _sklearn_check(scores, relevant, _oracle(scores, relevant))
        cases.append(case(f"random {t + 1}", scores, relevant))
    cases.append(case("large", rng.integers(0, 100, size=(800, 800)).astype(np.float64), rng.random((800, 800)) < 0.03))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
