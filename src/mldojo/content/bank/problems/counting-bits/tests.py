import random

from mldojo.content.testing import case


def _checked(name, n):
    # Independent oracle: count the ones in each binary string.
    return case(name, n, expected=[bin(i).count("1") for i in range(n + 1)])


def public():
    return [
        case("example 1", 3, expected=[0, 1, 1, 2]),
        case("example 2", 0, expected=[0]),
        case("example 3", 6, expected=[0, 1, 1, 2, 1, 2, 2]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("n = 1", 1, expected=[0, 1]),
        case("n = 2", 2, expected=[0, 1, 1]),
        _checked("up to a power of two", 64),
        _checked("one below a power of two", 1023),
        _checked("just past a power of two", 1025),
    ]
    for k in range(8):
        cases.append(_checked(f"random {k + 1}", rng.randint(3, 3000)))
    cases.append(_checked("n = 65536", 65_536))
    cases.append(_checked("n = 100000", 100_000))
    return cases
