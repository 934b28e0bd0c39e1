import numpy as np

from mldojo.content.testing import case


def _oracle(P, Q, users, items, ratings, lr, reg):
    # Independent form: explicit shrink-then-step with Python floats for the error.
    P = np.array(P, dtype=np.float64, copy=True)
    Q = np.array(Q, dtype=np.float64, copy=True)
    shrink = 1.0 - lr * reg
    for t in range(len(ratings)):
        u, i = int(users[t]), int(items[t])
        old_p, old_q = P[u, :].copy(), Q[i, :].copy()
        err = float(ratings[t]) - float(np.dot(old_p, old_q))
        P[u, :] = shrink * old_p + (lr * err) * old_q
        Q[i, :] = shrink * old_q + (lr * err) * old_p
    return (P, Q)


def _i(values):
    return np.array(values, dtype=np.int64)


def _f(values):
    return np.array(values, dtype=np.float64)


def _random(rng, n_users, n_items, k, m, lr, reg):
    P = rng.normal(0, 0.3, size=(n_users, k))
    Q = rng.normal(0, 0.3, size=(n_items, k))
    users = rng.integers(0, n_users, size=m).astype(np.int64)
    items = rng.integers(0, n_items, size=m).astype(np.int64)
    ratings = rng.integers(1, 6, size=m).astype(np.float64)
    return (P, Q, users, items, ratings, lr, reg)


def public():
    return [
        case("example 1", _f([[1.0]]), _f([[1.0]]), _i([0]), _i([0]), _f([3.0]), 0.1, 0.0),
        case("example 2", _f([[1.0]]), _f([[1.0]]), _i([0, 0]), _i([0, 0]), _f([3.0, 3.0]), 0.1, 0.0),
        case("example 3", _f([[1.0, 0.0], [2.0, 2.0]]), _f([[1.0, 1.0]]), _i([1]), _i([0]), _f([4.0]), 0.5, 1.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    P0, Q0 = rng.normal(size=(3, 4)), rng.normal(size=(2, 4))
    cases = [
        case("no ratings", P0, Q0, _i([]), _i([]), _f([]), 0.05, 0.1),
        case("zero learning rate", P0, Q0, _i([0, 1, 2]), _i([1, 0, 1]), _f([5.0, 1.0, 3.0]), 0.0, 0.3),
        case("same pair many times", P0, Q0, _i([2] * 30), _i([1] * 30), _f([4.0] * 30), 0.05, 0.02),
        case("one user, many items", P0, Q0, _i([0, 0, 0, 0]), _i([0, 1, 0, 1]), _f([1.0, 5.0, 2.0, 4.0]), 0.08, 0.0),
        case("penalty only", P0, Q0, _i([0, 1]), _i([0, 1]), _f([float(P0[0] @ Q0[0]), float(P0[1] @ Q0[1])]), 0.1, 1.0),
        case("zero factors", np.zeros((2, 3)), np.zeros((2, 3)), _i([0, 1]), _i([1, 0]), _f([4.0, 2.0]), 0.1, 0.1),
    ]
    for k in range(8):
        n_users, n_items = (int(v) for v in rng.integers(1, 30, size=2))
        cases.append(case(f"random {k + 1}", *_random(
            rng, n_users, n_items, int(rng.integers(1, 9)), int(rng.integers(1, 200)),
            float(rng.choice([0.005, 0.01, 0.05, 0.1])), float(rng.choice([0.0, 0.01, 0.1, 1.0])))))
    cases.append(case("large epoch", *_random(rng, 2000, 1500, 32, 20000, 0.01, 0.05)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
