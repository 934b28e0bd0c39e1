import random

from mldojo.content.testing import case


def _slowest(piles, h):
    """Independent oracle for small piles: the first speed that finishes in time."""
    speed = 1
    while sum(-(-pile // speed) for pile in piles) > h:
        speed += 1
    return speed


def _checked(name, piles, h):
    return case(name, piles, h, expected=_slowest(piles, h))


def public():
    return [
        case("example 1", [4, 9, 6], 5, expected=5),
        case("example 2", [4, 9, 6], 3, expected=9),
        case("example 3", [10], 4, expected=3),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one banana", [1], 1),
        _checked("one pile, one hour", [17], 1),
        _checked("one pile, plenty of time", [17], 100),
        _checked("exactly one hour per banana", [3, 2, 4], 9),
        _checked("pile sizes divisible by the answer", [6, 6, 6], 6),
        _checked("h equals the number of piles", [3, 11, 7, 2], 4),
        _checked("one hour spare", [3, 11, 7, 2], 5),
        _checked("many piles of one", [1] * 10, 10),
        case("huge pile, one hour", [10**9], 1, expected=10**9),
        case("huge piles, huge h", [10**9, 10**9], 10**9, expected=2),
    ]
    for k in range(12):
        piles = [rng.randint(1, 30) for _ in range(rng.randint(1, 10))]
        h = rng.randint(len(piles), sum(piles) + 5)
        cases.append(_checked(f"random {k + 1}", piles, h))
    n = 10_000
    piles = [rng.randint(1, 10**9) for _ in range(n)]
    cases.append(case("10^4 huge piles, h = n", piles, n, expected=max(piles)))
    cases.append(case("10^4 huge piles, h = 2n + 7", piles, 2 * n + 7))
    cases.append(case("10^4 huge piles, h = 10^9", piles, 10**9))
    small = [rng.randint(1, 1000) for _ in range(n)]
    cases.append(case("10^4 small piles, h = 10^9", small, 10**9, expected=1))
    return cases
