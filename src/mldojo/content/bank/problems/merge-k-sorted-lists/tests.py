import random

from mldojo.content.testing import case


def _merged(lists):
    return sorted(value for values in lists for value in values)


def _sorted_lists(rng, k, total, low=-10_000, high=10_000):
    sizes = [0] * k
    for _ in range(total):
        sizes[rng.randrange(k)] += 1
    return [sorted(rng.randint(low, high) for _ in range(size)) for size in sizes]


def public():
    return [
        case("example 1", [[1, 4, 7], [2, 3], [5]], expected=[1, 2, 3, 4, 5, 7]),
        case("example 2", [[], [0, 0], [-1, 0]], expected=[-1, 0, 0, 0]),
        case("example 3", [], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    fixed = [
        ("only empty lists", [[], [], []]),
        ("one list", [[1, 2, 3]]),
        ("equal values everywhere", [[5, 5], [5], [5, 5, 5]]),
        ("disjoint ranges", [[10, 11], [1, 2], [20]]),
        ("negatives and extremes", [[-10_000, 0], [10_000], [-10_000, -10_000]]),
    ]
    cases = [case(name, lists, expected=_merged(lists)) for name, lists in fixed]
    for number in range(8):
        lists = _sorted_lists(rng, rng.randint(1, 12), rng.randint(0, 60), -20, 20)
        cases.append(case(f"random {number + 1}", lists, expected=_merged(lists)))
    many = _sorted_lists(rng, 10_000, 200_000)
    cases.append(case("10000 lists, 200000 nodes", many, expected=_merged(many)))
    few_long = _sorted_lists(rng, 4, 200_000)
    cases.append(case("4 long lists", few_long, expected=_merged(few_long)))
    return cases
