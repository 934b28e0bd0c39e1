import random

from mldojo.content.testing import case


def _step(n):
    return sum(int(digit) ** 2 for digit in str(n))


def _happy(n):
    """Independent oracle: every unhappy sequence reaches the cycle through 4."""
    while n not in (1, 4):
        n = _step(n)
    return n == 1


def _checked(name, n):
    return case(name, n, expected=_happy(n))


def _steps_to_one(n):
    count = 0
    while n != 1:
        n = _step(n)
        count += 1
    return count


def public():
    return [
        case("example 1", 10, expected=True),
        case("example 2", 13, expected=True),
        case("example 3", 4, expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one", 1, expected=True),
        case("two, whose cycle skips 2", 2, expected=False),
        case("seven, happy through 49", 7, expected=True),
        case("nine", 9, expected=False),
        _checked("a cycle member", 89),
        _checked("one hundred", 100),
        _checked("largest input", 2**31 - 1),
        _checked("a billion", 1_000_000_000),
    ]
    slow = [n for n in range(1, 2000) if _happy(n) and _steps_to_one(n) >= 6]
    for k, n in enumerate(rng.sample(slow, 4)):
        cases.append(case(f"happy after many steps {k + 1}", n, expected=True))
    for k in range(16):
        n = rng.randint(1, rng.choice((100, 10_000, 2**31 - 1)))
        cases.append(_checked(f"random {k + 1}", n))
    return cases
