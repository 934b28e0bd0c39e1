import math

import numpy as np
from sklearn.metrics import ndcg_score

from mldojo.content.testing import case


def _oracle(relevance, scores, k):
    # Plain-Python DCG with an explicit (-score, index) sort key for the tie rule.
    out = []
    for rel, sc in zip(relevance.tolist(), scores.tolist(), strict=True):
        m = len(rel)
        ranked = sorted(range(m), key=lambda j: (-sc[j], j))[:k]
        dcg = math.fsum(rel[j] / math.log2(r + 2) for r, j in enumerate(ranked))
        ideal = sorted(rel, reverse=True)[:k]
        idcg = math.fsum(g / math.log2(r + 2) for r, g in enumerate(ideal))
        out.append(dcg / idcg if idcg > 0 else 0.0)
    return np.array(out, dtype=np.float64)


def _sklearn_agrees(relevance, scores, k, expected):
    # Without score ties scikit-learn's ndcg_score gives the same per-query values.
    for i in range(relevance.shape[0]):
        if relevance.shape[1] < 2:
            continue
        want = ndcg_score(relevance[i : i + 1], scores[i : i + 1], k=k)
        assert abs(want - expected[i]) <= 1e-9, (i, want, expected[i])


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", _a([[3.0, 2.0, 0.0]]), _a([[0.9, 0.8, 0.1]]), 3),
        case("example 2", _a([[0.0, 1.0]]), _a([[0.9, 0.2]]), 2),
        case("example 3", _a([[1.0, 0.0, 1.0], [0.0, 0.0, 0.0]]), _a([[0.5, 0.5, 0.5], [1.0, 2.0, 3.0]]), 1),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single document", _a([[2.0], [0.0]]), _a([[0.3], [0.7]]), 5),
        case("k beyond m", _a([[0.0, 1.0, 2.0]]), _a([[3.0, 2.0, 1.0]]), 10),
        case("k = 1 misses the best", _a([[1.0, 3.0, 0.0]]), _a([[0.9, 0.5, 0.1]]), 1),
        case("reversed order", _a([[3.0, 2.0, 1.0, 0.0]]), _a([[0.0, 1.0, 2.0, 3.0]]), 4),
        case("relevant document outside the top k", _a([[0.0, 0.0, 0.0, 3.0]]), _a([[4.0, 3.0, 2.0, 1.0]]), 2),
        case("graded relevance", _a([[3.0, 0.0, 2.0, 1.0, 0.0]]), _a([[0.1, 0.9, 0.8, 0.2, 0.5]]), 3),
        case("all tied scores", _a([[0.0, 1.0, 2.0, 3.0], [3.0, 2.0, 1.0, 0.0]]), np.zeros((2, 4)), 2),
        case("partial ties", _a([[0.0, 2.0, 1.0, 0.0, 3.0]]), _a([[1.0, 1.0, 0.5, 2.0, 0.5]]), 3),
        case("no relevant documents", np.zeros((3, 5)), rng.normal(size=(3, 5)), 3),
        case("many relevant beyond k", _a([[1.0, 1.0, 1.0, 1.0, 1.0, 0.0]]), _a([[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]]), 3),
    ]
    for j in range(8):
        q, m = int(rng.integers(1, 30)), int(rng.integers(2, 40))
        rel = rng.integers(0, 4, size=(q, m)).astype(np.float64)
        if j % 3 == 0:
            scores = rng.integers(0, 4, size=(q, m)).astype(np.float64)  # many ties on purpose
        else:
            scores = rel + rng.normal(0, float(rng.uniform(0.3, 3)), size=(q, m))
        cases.append(case(f"random {j + 1}", rel, scores, int(rng.integers(1, m + 3))))
    rel = rng.integers(0, 5, size=(1000, 200)).astype(np.float64)
    cases.append(case("large", rel, rel + rng.normal(0, 2, size=(1000, 200)), 10))
    out = []
    for c in cases:
        expected = _oracle(*c.args)
        if not c.name.startswith(("all tied", "partial ties", "single document")) and len(np.unique(c.args[1])) == c.args[1].size:
            _sklearn_agrees(*c.args, expected)
        out.append(case(c.name, *c.args, expected=expected))
    return out
