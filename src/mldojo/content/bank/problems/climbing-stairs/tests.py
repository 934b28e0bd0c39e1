from mldojo.content.testing import case


def _ways(n):
    a, b = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        a, b = a + b, a
    return a if n >= 1 else 1


def public():
    return [
        case("example 1", 2, expected=2),
        case("example 2", 3, expected=3),
        case("example 3", 5, expected=8),
    ]


def hidden(seed):
    cases = [case("one step", 1, expected=1), case("four steps", 4, expected=5)]
    for n in (10, 25, 44, 45, 60):
        cases.append(case(f"n = {n}", n, expected=_ways(n)))
    cases.append(case("n = 100 (exceeds 64 bits)", 100, expected=_ways(100)))
    cases.append(case("n = 20000", 20000, expected=_ways(20000)))
    return cases
