import random

from mldojo.content.testing import case


def public():
    return [
        case("example 1", [1, 2, 3, 4], expected=[4, 3, 2, 1]),
        case("example 2", [7, 9], expected=[9, 7]),
        case("example 3", [], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single node", [42], expected=[42]),
        case("duplicates", [3, 3, 1, 3], expected=[3, 1, 3, 3]),
        case("negatives and zero", [-5000, 0, 5000], expected=[5000, 0, -5000]),
        case("palindrome", [1, 2, 1], expected=[1, 2, 1]),
    ]
    for k in range(8):
        values = [rng.randint(-5000, 5000) for _ in range(rng.randint(2, 50))]
        cases.append(case(f"random {k + 1}", values, expected=values[::-1]))
    long_values = [rng.randint(-5000, 5000) for _ in range(200_000)]
    cases.append(case("200000 nodes", long_values, expected=long_values[::-1]))
    return cases
