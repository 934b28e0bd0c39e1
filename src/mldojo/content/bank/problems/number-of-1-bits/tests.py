import random

from mldojo.content.testing import case


def _checked(name, n):
    return case(name, n, expected=format(n, "b").count("1"))


def public():
    return [
        case("example 1", 13, expected=3),
        case("example 2", 64, expected=1),
        case("example 3", 2**31 - 1, expected=31),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one", 1, expected=1),
        case("two", 2, expected=1),
        case("three", 3, expected=2),
        case("highest power of two", 2**30, expected=1),
        case("just above 16 bits", 2**16, expected=1),
        case("bits on both sides of 16", 2**20 + 5, expected=3),
        case("alternating from bit 0", 0x55555555, expected=16),
        case("alternating from bit 1", 0x2AAAAAAA, expected=15),
        case("decimal ones", 111, expected=6),
        case("all ones below 2^30", 2**30 - 1, expected=30),
        case("highest and lowest", 2**30 + 1, expected=2),
    ]
    for k in range(12):
        cases.append(_checked(f"random {k + 1}", rng.randint(1, 2**31 - 1)))
    for k in range(4):
        bits = rng.sample(range(31), rng.randint(1, 5))
        cases.append(_checked(f"sparse {k + 1}", sum(1 << b for b in bits)))
    return cases
