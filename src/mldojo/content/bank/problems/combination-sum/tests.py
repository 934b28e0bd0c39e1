import random
from collections import Counter

from mldojo.content.testing import case

MAX_COMBINATIONS = 2000


def _combinations(candidates, target):
    """Independent oracle: unbounded-knapsack style DP over the sums, one candidate at a time."""
    ways = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for value in sorted(candidates):
        for total in range(value, target + 1):
            ways[total] += [combo + [value] for combo in ways[total - value]]
    return ways[target]


def _show(values):
    return "[" + ", ".join(map(str, values)) + "]"


def check(args, expected, actual):
    """Accept the combinations in any order, with the numbers of each combination in any order."""
    candidates, target = args
    if not isinstance(actual, list | tuple):
        return f"returned {type(actual).__name__}; return a list of lists"
    allowed = set(candidates)
    seen = Counter()
    for combo in actual:
        if not isinstance(combo, list | tuple):
            return f"an item of the answer is {type(combo).__name__} {combo!r}, not a list"
        for value in combo:
            if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
                return f"the combination {_show(combo)} holds {value!r}, which is not a candidate"
        if sum(combo) != target:
            note = " (was the path list recorded without a copy?)" if not combo else ""
            return (
                f"the combination {_show(combo)} sums to {sum(combo)}, not to the target {target}"
                + note
            )
        seen[tuple(sorted(combo))] += 1
    repeated = [c for c, count in seen.items() if count > 1]
    if repeated:
        first = repeated[0]
        return (
            f"the combination {_show(first)} appears {seen[first]} times (in some order); "
            "the same numbers in another order are the same combination"
        )
    wanted = {tuple(sorted(c)) for c in expected}
    missing = sorted(wanted - set(seen), key=lambda c: (len(c), c))
    if missing:
        return f"{len(actual)} combinations but there are {len(wanted)}; missing {_show(missing[0])}"
    return None


def public():
    return [
        case("example 1", [2, 3, 5], 8, expected=[[2, 2, 2, 2], [2, 3, 3], [3, 5]]),
        case("example 2", [4, 6], 5, expected=[]),
        case("example 3", [7], 21, expected=[[7, 7, 7]]),
    ]


def _checked(name, candidates, target):
    expected = _combinations(candidates, target)
    assert len(expected) <= MAX_COMBINATIONS, (name, len(expected))
    return case(name, candidates, target, expected=expected)


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("target 1", [2, 3], 1),
        _checked("target equals a candidate", [5, 10], 5),
        _checked("every candidate too large", [30, 40], 20),
        _checked("only one candidate repeated", [2, 40], 12),
        _checked("unsorted candidates", [9, 2, 6, 3], 12),
        _checked("one candidate divides the target, the other never fits", [3, 4], 9),
        _checked("largest values", [40, 39, 2], 50),
    ]
    k = 0
    while k < 12:
        candidates = rng.sample(range(2, 41), rng.randint(1, 10))
        target = rng.randint(1, 50)
        if len(_combinations(candidates, target)) > MAX_COMBINATIONS:
            continue
        k += 1
        cases.append(_checked(f"random {k}", candidates, target))
    # Few combinations but a huge number of orderings of them (about 10^8 partial sequences).
    cases.append(_checked("small candidates, target 40", [7, 5, 3, 2, 6, 4], 40))
    cases.append(_checked("primes, target 50", [13, 2, 11, 3, 7, 5], 50))
    cases.append(_checked("3 to 10, target 50", list(range(10, 2, -1)), 50))
    many = list(range(5, 41))
    rng.shuffle(many)
    cases.append(_checked("36 candidates, target 50", many, 50))
    return cases
