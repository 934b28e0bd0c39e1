import numpy as np
from sklearn.metrics.pairwise import cosine_similarity

from mldojo.content.testing import case


def _oracle(R, users, items, k):
    # scikit-learn's cosine_similarity (0 for zero vectors), then a Python loop per query.
    S = cosine_similarity(R.T)
    out = []
    for u, i in zip(users.tolist(), items.tolist(), strict=True):
        rated = [j for j in range(R.shape[1]) if R[u, j] > 0 and j != i]
        rated.sort(key=lambda j: (-S[i, j], j))
        chosen = rated[:k]
        den = sum(S[i, j] for j in chosen)
        num = sum(S[i, j] * R[u, j] for j in chosen)
        out.append(num / den if den > 0 else 0.0)
    return np.array(out)


def _r(rows):
    return np.array(rows, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def _random_ratings(rng, n, m, density):
    ratings = rng.uniform(1.0, 5.0, size=(n, m))  # continuous: no accidental similarity ties
    return np.where(rng.random((n, m)) < density, ratings, 0.0)


def public():
    R1 = _r([[5, 4, 0], [4, 5, 0], [0, 0, 3]])
    R2 = _r([[5, 3, 4], [4, 0, 5], [1, 1, 0]])
    return [
        case("example 1", R1, _i([0]), _i([2]), 2),
        case("example 2", R2, _i([1]), _i([1]), 2),
        case("example 3", R2, _i([1]), _i([1]), 1),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    R2 = _r([[5, 3, 4], [4, 0, 5], [1, 1, 0]])
    # Columns 2 and 3 are columns 1 scaled by 2 and 4 (exact in floating point): equal cosine with
    # item 0, and user 4 rated items 1, 2, 3 as 1, 2, 4, so the tie rule changes the answer.
    base = _r([2, 1, 4, 3, 1])
    ties = np.column_stack([_r([4, 3, 5, 1, 0]), base, 2 * base, 4 * base])
    cases = [
        # User 0 rated item 1 already: its own similarity of 1 must not count.
        case("target item rated by the user", R2, _i([0, 0, 0]), _i([0, 1, 2]), 2),
        case("user rated nothing", _r([[0, 0, 0], [1, 2, 3]]), _i([0]), _i([1]), 3),
        case("user rated only the target", _r([[0, 4, 0], [1, 2, 3]]), _i([0]), _i([1]), 3),
        case("zero item column", _r([[3, 0, 2], [4, 0, 1]]), _i([0, 1]), _i([1, 2]), 2),
        case("tie at the cut", ties, _i([4]), _i([0]), 2),
        case("k larger than the rated items", R2, _i([2, 1]), _i([2, 1]), 10),
        case("k = 1", R2, _i([0, 1, 2]), _i([2, 2, 2]), 1),
    ]
    # Top k among the rated items: the most similar items to 0 are unrated by user 3.
    R = _random_ratings(rng, 30, 8, 0.7)
    R[:, 1] = R[:, 0] * 1.01
    R[:, 2] = R[:, 0] + 0.1
    R[3, 1:3] = 0.0
    R[3, 3:] = np.maximum(R[3, 3:], 1.0)
    cases.append(case("nearest items unrated", R, _i([3]), _i([0]), 2))
    for t in range(8):
        n, m = int(rng.integers(2, 40)), int(rng.integers(2, 25))
        R = _random_ratings(rng, n, m, [0.2, 0.5, 0.9][t % 3])
        p = int(rng.integers(1, 30))
        users, items = rng.integers(0, n, size=p), rng.integers(0, m, size=p)
        cases.append(
            case(
                f"random {t + 1}",
                R,
                users.astype(np.int64),
                items.astype(np.int64),
                int(rng.integers(1, m + 2)),
            )
        )
    R = _random_ratings(rng, 2000, 300, 0.05)
    users, items = rng.integers(0, 2000, size=3000), rng.integers(0, 300, size=3000)
    cases.append(case("larger", R, users.astype(np.int64), items.astype(np.int64), 20))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
