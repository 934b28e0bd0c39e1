import random

from mldojo.content.testing import case


def _cheapest(n, flights, src, dst, k):
    """Independent oracle: dynamic programming over (flights used, city)."""
    inf = float("inf")
    cost = [[inf] * n for _ in range(k + 2)]
    cost[0][src] = 0
    for used in range(1, k + 2):
        cost[used] = cost[used - 1][:]
        for a, b, price in flights:
            cost[used][b] = min(cost[used][b], cost[used - 1][a] + price)
    best = cost[k + 1][dst]
    return -1 if best == inf else best


def _checked(name, n, flights, src, dst, k):
    return case(name, n, flights, src, dst, k, expected=_cheapest(n, flights, src, dst, k))


def _random_flights(rng, n, count, high):
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b]
    count = min(count, n * (n - 1) // 2)
    return [[a, b, rng.randint(1, high)] for a, b in rng.sample(pairs, count)]


def public():
    return [
        case(
            "example 1",
            4,
            [[0, 1, 50], [1, 2, 50], [2, 3, 50], [0, 3, 400], [0, 2, 120]],
            0,
            3,
            1,
            expected=170,
        ),
        case("example 2", 3, [[0, 1, 5], [1, 2, 5]], 0, 2, 0, expected=-1),
        case("example 3", 3, [[2, 0, 7], [0, 1, 3]], 2, 1, 4, expected=10),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("no flights", 2, [], 0, 1, 1),
        _checked("direct flight, zero stops", 2, [[0, 1, 9]], 0, 1, 0),
        _checked("flight in the wrong direction", 2, [[1, 0, 9]], 0, 1, 1),
        _checked(
            "cheap route one stop too long",
            4,
            [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]],
            0,
            3,
            1,
        ),
        # Cheapest into city 2 uses two flights; with k = 2 only the dearer one-flight entry can
        # still continue to 3. Plain Dijkstra settles 2 at price 2 and misses it.
        _checked(
            "cheapest entry uses too many flights",
            5,
            [[0, 1, 1], [1, 2, 1], [0, 2, 5], [2, 3, 1], [3, 4, 1]],
            0,
            4,
            2,
        ),
        # Flights listed so that an in-place round chains 0 -> 1 -> 2 -> 3 within one round.
        _checked(
            "flights listed along the path",
            4,
            [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 50]],
            0,
            3,
            0,
        ),
        _checked("largest prices", 3, [[0, 1, 10_000], [1, 2, 10_000]], 0, 2, 1),
        _checked(
            "destination before source",
            5,
            [[4, 3, 2], [3, 0, 2], [4, 1, 9], [1, 0, 1], [4, 0, 20]],
            4,
            0,
            1,
        ),
    ]
    for index in range(16):
        n = rng.randint(2, 12)
        flights = _random_flights(rng, n, rng.randint(0, n * (n - 1) // 2), rng.choice((5, 100)))
        src, dst = rng.sample(range(n), 2)
        cases.append(_checked(f"random {index + 1}", n, flights, src, dst, rng.randint(0, n - 1)))
    # Dense graphs with a large k: the number of routes explodes.
    n = 100
    flights = _random_flights(rng, n, n * (n - 1) // 2, 10_000)
    cases.append(case("100 cities, dense, k = 99", n, flights, 0, 99, 99))
    flights = [[a, b, rng.randint(1, 10_000)] for a in range(n) for b in range(a + 1, n)]
    rng.shuffle(flights)
    cases.append(case("100 cities, every forward flight, k = 50", n, flights, 0, n - 1, 50))
    flights = [[a, b, 1 + (b - a - 1) * 100] for a in range(n) for b in range(a + 1, n)]
    cases.append(case("100 cities, short hops cheap, k = 10", n, flights, 0, n - 1, 10))
    return cases
