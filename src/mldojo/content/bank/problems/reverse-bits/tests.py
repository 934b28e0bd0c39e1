import random

from mldojo.content.testing import case


def _reversed(n):
    """Independent oracle: move bit i to bit 31 - i one at a time."""
    return sum(1 << (31 - i) for i in range(32) if n >> i & 1)


def _checked(name, n):
    return case(name, n, expected=_reversed(n))


def public():
    return [
        case("example 1", 1, expected=2147483648),
        case("example 2", 6, expected=1610612736),
        case("example 3", 4294967295, expected=4294967295),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("zero", 0, expected=0),
        _checked("top bit only", 1 << 31),
        _checked("palindrome of bits", 0x80000001),
        _checked("low half set", 0x0000FFFF),
        _checked("high half set", 0xFFFF0000),
        _checked("alternating from bit 0", 0x55555555),
        _checked("alternating from bit 1", 0xAAAAAAAA),
        _checked("largest minus one", 0xFFFFFFFE),
        _checked("one byte", 0x000000B4),
        _checked("two", 2),
    ]
    for k in range(20):
        bits = rng.choice((8, 16, 31, 32))
        cases.append(_checked(f"random {k + 1}", rng.getrandbits(bits)))
    return cases
