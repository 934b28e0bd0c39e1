import random

from mldojo.content.testing import case


def _best_pair(prices):
    """Oracle for small inputs: every pair of days."""
    return max([0] + [prices[j] - prices[i] for i in range(len(prices))
                      for j in range(i + 1, len(prices))])


def public():
    return [
        case("example 1", [9, 2, 6, 1, 4], expected=4),
        case("example 2", [5, 4, 4, 1], expected=0),
        case("example 3", [3, 10], expected=7),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single day", [5], expected=0),
        case("two days, falling", [10, 3], expected=0),
        case("constant prices", [7, 7, 7, 7], expected=0),
        case("minimum after the maximum", [8, 10, 1, 3], expected=2),
        case("best buy is not the global minimum", [3, 8, 1, 4], expected=5),
        case("one trade beats the sum of rises", [1, 5, 3, 7], expected=6),
        case("zeros and the top price", [0, 10**4, 0], expected=10**4),
        case("best sale on the last day", [6, 2, 9, 1, 10], expected=9),
    ]
    for k in range(12):
        n = rng.randint(1, 40)
        top = rng.choice([5, 100, 10**4])
        prices = [rng.randint(0, top) for _ in range(n)]
        cases.append(case(f"random {k + 1}", prices, expected=_best_pair(prices)))
    n = 100_000
    prices = [rng.randint(0, 10**4) for _ in range(n)]
    cases.append(case("100000 random prices", prices))
    falling = sorted((rng.randint(0, 10**4) for _ in range(n)), reverse=True)
    cases.append(case("100000 falling prices", falling, expected=0))
    walk, price = [], 5_000
    for _ in range(n):
        price = min(10**4, max(0, price + rng.randint(-3, 3)))
        walk.append(price)
    cases.append(case("100000-day random walk", walk))
    return cases
