import numpy as np
from scipy.special import rel_entr

from mldojo.content.testing import case


def _oracle(P, Q):
    # scipy's rel_entr(p, q) is p·log(p/q) with exactly the stated conventions at 0.
    return rel_entr(P, Q).sum(axis=1)


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _dirichlet(rng, n, k, concentration, zero_share=0.0):
    D = rng.dirichlet(np.full(k, concentration), size=n)
    if zero_share:
        D[rng.random((n, k)) < zero_share] = 0.0
        D[np.arange(n), rng.integers(0, k, size=n)] += 0.1  # every row keeps some mass
        D /= D.sum(axis=1, keepdims=True)
    return D


def public():
    return [
        case("example 1", _a([[0.5, 0.5]]), _a([[0.5, 0.5]])),
        case("example 2", _a([[1, 0]]), _a([[0.5, 0.5]])),
        case("example 3", _a([[0.5, 0.5], [0.25, 0.75]]), _a([[1, 0], [0.5, 0.5]])),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one outcome", _a([[1.0], [1.0]]), _a([[1.0], [1.0]])),
        case("zeros in both at the same place", _a([[0.5, 0, 0.5]]), _a([[0.25, 0, 0.75]])),
        case("p zero where q positive", _a([[0, 0, 1], [0.2, 0, 0.8]]), _a([[0.3, 0.3, 0.4], [0.2, 0.5, 0.3]])),
        case("one-hot P", np.eye(4), np.full((4, 4), 0.25)),
        case("one-hot Q under full P", np.full((2, 3), 1 / 3), _a([[1, 0, 0], [0, 0, 1]])),
        case("mixed finite and infinite rows", _a([[0.5, 0.5], [1, 0], [0, 1]]), _a([[0, 1], [0.9, 0.1], [0.9, 0.1]])),
        case("asymmetric pair", _a([[0.9, 0.1], [0.1, 0.9]]), _a([[0.1, 0.9], [0.9, 0.1]])),
        case("tiny q", _a([[0.5, 0.5], [1e-300, 1 - 1e-300]]), _a([[1e-300, 1 - 1e-300], [0.5, 0.5]])),
    ]
    base = _dirichlet(rng, 5, 6, 1.0)
    near = base * (1 + 1e-4 * rng.normal(size=base.shape))
    near /= near.sum(axis=1, keepdims=True)
    cases.append(case("nearly identical rows", base, near))
    same = _dirichlet(rng, 3, 8, 0.5)
    cases.append(case("identical rows", same, same.copy()))
    for k in range(8):
        n, m = (int(v) for v in rng.integers(1, 50, size=2))
        conc = [0.1, 1.0, 10.0][k % 3]
        P = _dirichlet(rng, n, m, conc, zero_share=0.3 if k % 2 else 0.0)
        Q = _dirichlet(rng, n, m, conc, zero_share=0.05 if k % 4 == 3 else 0.0)
        cases.append(case(f"random {k + 1}", P, Q))
    P = _dirichlet(rng, 2000, 1000, 0.5, zero_share=0.2)
    cases.append(case("large", P, _dirichlet(rng, 2000, 1000, 0.5)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
