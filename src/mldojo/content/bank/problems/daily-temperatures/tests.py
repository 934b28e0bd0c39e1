import random

from mldojo.content.testing import case


def _waits(temps):
    """Independent oracle: scan backwards, jumping along already computed answers."""
    n = len(temps)
    answer = [0] * n
    for i in range(n - 2, -1, -1):
        j = i + 1
        while temps[j] <= temps[i] and answer[j]:
            j += answer[j]
        answer[i] = j - i if temps[j] > temps[i] else 0
    return answer


def _checked(name, temps):
    return case(name, temps, expected=_waits(temps))


def public():
    return [
        case("example 1", [70, 68, 72, 71, 75], expected=[2, 1, 2, 1, 0]),
        case("example 2", [50, 50, 50], expected=[0, 0, 0]),
        case("example 3", [31, 40, 90], expected=[1, 1, 0]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("one day", [65]),
        _checked("two days, warmer second", [30, 31]),
        _checked("two days, colder second", [100, 99]),
        _checked("falling", [90, 80, 70, 60, 50]),
        _checked("equal then warmer", [60, 60, 60, 61]),
        _checked("warmer day far away", [70, 40, 50, 45, 60, 55, 71]),
        _checked("valley", [80, 60, 40, 60, 80, 90]),
        _checked("bounds", [30, 100, 30, 100]),
        _checked("equal days separated by colder ones", [50, 40, 50, 40, 51]),
    ]
    for k in range(12):
        n = rng.randint(1, 60)
        low, high = (30, 100) if k % 2 else (60, 64)
        cases.append(_checked(f"random {k + 1}", [rng.randint(low, high) for _ in range(n)]))
    n = 100_000
    cases.append(_checked("100000 random days", [rng.randint(30, 100) for _ in range(n)]))
    cases.append(_checked("100000 equal days", [75] * n))
    cases.append(_checked("flat for 99999 days, then warmer", [60] * (n - 1) + [61]))
    sawtooth = [100 - (i % 71) for i in range(n)]
    cases.append(_checked("100000 days of falling runs", sawtooth))
    return cases
