import numpy as np

from mldojo.content.testing import case


def _oracle(Q, epsilon):
    # Row by row with Python lists: build the mixture of the uniform and the greedy policy.
    out = np.empty_like(Q, dtype=np.float64)
    for s, row in enumerate(Q.tolist()):
        best = max(row)
        ties = [a for a, q in enumerate(row) if q == best]
        probs = [epsilon / len(row)] * len(row)
        for a in ties:
            probs[a] += (1.0 - epsilon) / len(ties)
        out[s] = probs
    return out


def public():
    return [
        case("example 1", np.array([[1.0, 3.0, 2.0]]), 0.3),
        case("example 2", np.array([[5.0, 5.0, 0.0, 1.0]]), 0.2),
        case("example 3", np.array([[0.0, 0.0]]), 1.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one action", np.array([[2.0], [-1.0]]), 0.5),
        case("epsilon 0, unique best", np.array([[0.1, 0.9, 0.3]]), 0.0),
        case("epsilon 0, tie", np.array([[4.0, 1.0, 4.0, 4.0]]), 0.0),
        case("all actions tie", np.full((3, 5), 7.0), 0.1),
        case("negative values", np.array([[-3.0, -1.0, -1.0, -2.0]]), 0.25),
        case("tie on the last actions", np.array([[0.0, 1.0, 2.0, 2.0]]), 0.4),
        case("nearly tied but not equal", np.array([[1.0, 1.0 + 1e-12, 1.0]]), 0.3),
        case("huge values", np.array([[1e300, -1e300, 1e300]]), 0.05),
    ]
    for k in range(8):
        n, a = int(rng.integers(1, 50)), int(rng.integers(2, 12))
        # Odd cases draw small integers, which tie often.
        Q = rng.integers(0, 3, size=(n, a)).astype(np.float64) if k % 2 else rng.normal(size=(n, a))
        cases.append(case(f"random {k + 1}", Q, float(rng.choice([0.0, 0.05, 0.1, 0.5, 1.0]))))
    cases.append(case("large", rng.integers(0, 20, size=(20_000, 100)).astype(np.float64), 0.1))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
