import numpy as np

from mldojo.content.testing import case


def _oracle(scores, relevant, k):
    # Independent form: lexsort per row (primary key -score, secondary key the item index).
    n, m = scores.shape
    out = np.empty(n)
    index = np.arange(m)
    for u in range(n):
        order = np.lexsort((index, -scores[u]))
        shown = set(order[: min(k, m)].tolist())
        rel = set(np.flatnonzero(relevant[u]).tolist())
        out[u] = len(shown & rel) / len(rel) if rel else np.nan
    return out


def _b(rows):
    return np.array(rows, dtype=bool)


def _f(rows):
    return np.array(rows, dtype=np.float64)


def public():
    T, F = True, False
    return [
        case("example 1", _f([[0.9, 0.1, 0.5, 0.3]]), _b([[T, F, F, T]]), 2),
        case("example 2", _f([[1.0, 1.0, 0.0]]), _b([[F, T, T]]), 1),
        case("example 3", _f([[0.2, 0.8], [0.5, 0.4]]), _b([[T, F], [F, F]]), 5),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    T, F = True, False
    cases = [
        case("one item, relevant", _f([[0.3]]), _b([[T]]), 1),
        case("all relevant, k small", _f([[3, 2, 1, 0]]), _b([[T, T, T, T]]), 1),
        case("k equals m", _f([[0.1, 0.2, 0.3]]), _b([[T, F, T]]), 3),
        case("all scores equal", np.zeros((3, 6)), _b([[F, F, F, F, T, T], [T, F, F, F, F, F], [F, F, T, F, F, F]]), 3),
        case("ties at the cut", _f([[5, 1, 1, 1, 0]]), _b([[F, F, F, T, T]]), 3),
        case("negative scores", _f([[-3.0, -1.0, -2.0, -0.5]]), _b([[T, F, T, F]]), 2),
        case("nobody has relevant items", rng.normal(size=(3, 4)), np.zeros((3, 4), dtype=bool), 2),
        case("many relevant, k small", rng.normal(size=(4, 10)), rng.random((4, 10)) < 0.8, 2),
    ]
    for t in range(8):
        n, m = (int(v) for v in rng.integers(1, 60, size=2))
        k = int(rng.integers(1, m + 3))
        if t % 2:
            scores = rng.integers(0, 4, size=(n, m)).astype(np.float64)  # many ties
        else:
            scores = rng.normal(size=(n, m))
        relevant = rng.random((n, m)) < rng.choice([0.05, 0.2, 0.5])
        cases.append(case(f"random {t + 1}", scores, relevant, k))
    cases.append(case("large", rng.integers(0, 50, size=(1000, 1000)).astype(np.float64), rng.random((1000, 1000)) < 0.02, 20))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
