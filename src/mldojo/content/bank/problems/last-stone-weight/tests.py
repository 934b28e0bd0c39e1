import random

from mldojo.content.testing import case


def _simulate(stones):
    """Independent oracle for small inputs: sort, smash the two largest, repeat."""
    stones = sorted(stones)
    while len(stones) > 1:
        y, x = stones.pop(), stones.pop()
        if y != x:
            stones.append(y - x)
            stones.sort()
    return stones[0] if stones else 0


def _checked(name, stones):
    return case(name, stones, expected=_simulate(stones))


def public():
    return [
        case("example 1", [3, 9, 4, 2], expected=0),
        case("example 2", [10, 4], expected=6),
        case("example 3", [8], expected=8),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("two equal stones", [5, 5], expected=0),
        case("all equal, even count", [7] * 6, expected=0),
        case("all equal, odd count", [7] * 5, expected=7),
        case("ones", [1, 1, 1], expected=1),
        _checked("heaviest last", [1, 2, 3, 100]),
        _checked("remainder becomes the heaviest", [2, 20, 60, 100, 3]),
        _checked("largest weights", [10**9, 10**9 - 1, 1, 10**9]),
        _checked("powers of two", [1, 2, 4, 8, 16, 32, 64]),
    ]
    for k in range(12):
        n = rng.randint(1, 40)
        high = [3, 30, 10**9][k % 3]
        cases.append(_checked(f"random {k + 1}", [rng.randint(1, high) for _ in range(n)]))
    n = 100_000
    cases.append(case("100000 random weights", [rng.randint(1, 10**9) for _ in range(n)]))
    cases.append(case("100000 weights from a small range", [rng.randint(1, 100) for _ in range(n)]))
    cases.append(case("100000 distinct weights", rng.sample(range(1, 10**9), n)))
    return cases
