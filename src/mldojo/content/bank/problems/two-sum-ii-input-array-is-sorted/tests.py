import random

from mldojo.content.testing import case


def _checked(name, numbers, target):
    # Independent oracle on small inputs: every pair.
    pairs = [
        [i + 1, j + 1]
        for i in range(len(numbers))
        for j in range(i + 1, len(numbers))
        if numbers[i] + numbers[j] == target
    ]
    assert len(pairs) == 1, (name, pairs)
    return case(name, numbers, target, expected=pairs[0])


def _planted(rng, n, spread, low=None, high=None):
    """Return (numbers, target, expected) with exactly one valid pair.

    Fillers are multiples of 4 (repeats allowed); the pair is one value of remainder 1 and one of
    remainder 2 (mod 4), so only the pair sums to a target of remainder 3.
    """
    numbers = [4 * rng.randrange(-spread, spread) for _ in range(n - 2)]
    a = 4 * (rng.randrange(-spread, spread) if low is None else low) + 1
    b = 4 * (rng.randrange(-spread, spread) if high is None else high) + 2
    numbers += [a, b]
    numbers.sort()
    positions = sorted([numbers.index(a) + 1, numbers.index(b) + 1])
    return numbers, a + b, positions


def public():
    return [
        case("example 1", [1, 3, 4, 8, 11], 15, expected=[3, 5]),
        case("example 2", [-3, 0, 0, 5], 0, expected=[2, 3]),
        case("example 3", [2, 9], 11, expected=[1, 2]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("two equal values", [5, 5], 10),
        _checked("pair of duplicates inside", [1, 2, 2, 4], 4),
        _checked("negatives only", [-9, -7, -4, -1], -11),
        _checked("pair at the far ends", [-10, 1, 2, 3, 20], 10),
        _checked("first two elements", [1, 2, 50, 60, 70], 3),
        _checked("last two elements", [1, 2, 50, 60, 70], 130),
        _checked("zero target across signs", [-8, -3, 1, 3, 9], 0),
        _checked("extremes", [-(10**9), 0, 10**9], 0),
        _checked("long runs of repeats around the pair", [1, 1, 1, 4, 6, 6, 6, 9], 13),
    ]
    for k in range(10):
        numbers, target, _ = _planted(rng, rng.randint(2, 60), 50)
        cases.append(_checked(f"random {k + 1}", numbers, target))
    n = 100_000
    spread = 10**8
    numbers, target, positions = _planted(rng, n, spread, low=spread, high=spread + 1)
    cases.append(case("100000 values, pair at the end", numbers, target, expected=positions))
    numbers, target, positions = _planted(rng, n, spread, low=-1, high=0)
    cases.append(case("100000 values, pair near the middle", numbers, target, expected=positions))
    numbers, target, positions = _planted(rng, n, 1000)
    cases.append(case("100000 values, many repeats", numbers, target, expected=positions))
    return cases
