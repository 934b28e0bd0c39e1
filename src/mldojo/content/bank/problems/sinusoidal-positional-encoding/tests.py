import numpy as np

from mldojo.content.testing import case


def _oracle(seq_len, d_model):
    # Every column's own exponent 2·(j // 2)/d, then sine or cosine chosen by the column's parity.
    j = np.arange(d_model)
    denominators = np.power(10000.0, (2 * (j // 2)) / d_model)
    angles = np.arange(seq_len)[:, None] / denominators[None, :]
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))


def public():
    return [
        case("example 1", 2, 2),
        case("example 2", 3, 4),
        case("example 3", 1, 5),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("one position, one column", 1, 1),
        case("one column", 6, 1),
        case("one position, wide", 1, 64),
        case("odd width", 10, 7),
        case("width 3", 5, 3),
        case("long sequence, narrow", 4096, 2),
        case("the usual transformer width", 50, 512),
        case("many positions, odd width", 1000, 33),
    ]
    for k in range(8):
        cases.append(case(f"random {k + 1}", int(rng.integers(1, 300)), int(rng.integers(1, 200))))
    cases.append(case("large", 2048, 488))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
