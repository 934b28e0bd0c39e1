import random
from collections import Counter
from itertools import combinations

from mldojo.content.testing import case


def _triplets(nums):
    """Independent oracle for small inputs: every triple of positions."""
    return [list(t) for t in sorted({tuple(sorted(c)) for c in combinations(nums, 3) if sum(c) == 0})]


def _checked(name, nums):
    return case(name, nums, expected=_triplets(nums))


def _show(values):
    return "[" + ", ".join(map(str, values)) + "]"


def check(args, expected, actual):
    """Accept the triplets in any order, with the values of each triplet in any order."""
    (nums,) = args
    if not isinstance(actual, list | tuple):
        return f"returned {type(actual).__name__}; return a list of lists"
    available = Counter(nums)
    seen = Counter()
    for triplet in actual:
        if not isinstance(triplet, list | tuple) or len(triplet) != 3:
            return f"{triplet!r} is not a list of three values"
        if any(isinstance(v, bool) or not isinstance(v, int) for v in triplet):
            return f"the triplet {_show(triplet)} holds a value that is not an int"
        if sum(triplet) != 0:
            return f"the triplet {_show(triplet)} sums to {sum(triplet)}, not 0"
        for value, count in Counter(triplet).items():
            if available[value] == 0:
                return f"the triplet {_show(triplet)} holds {value}, which is not in nums"
            if count > available[value]:
                times = "once" if available[value] == 1 else f"{available[value]} times"
                return (
                    f"the triplet {_show(triplet)} uses {value} {count} times, but nums holds it "
                    f"only {times}"
                )
        seen[tuple(sorted(triplet))] += 1
    repeated = [t for t, count in seen.items() if count > 1]
    if repeated:
        first = repeated[0]
        return (
            f"the triplet {_show(first)} appears {seen[first]} times (in some order); "
            "each distinct triplet must appear once"
        )
    wanted = {tuple(sorted(t)) for t in expected}
    missing = sorted(wanted - set(seen))
    if missing:
        return f"{len(actual)} triplets but there are {len(wanted)}; missing {_show(missing[0])}"
    return None


def public():
    return [
        case("example 1", [-3, 1, 2, 0, -1, 4], expected=[[-3, 1, 2], [-3, -1, 4], [-1, 0, 1]]),
        case("example 2", [0, 0, 0, 0], expected=[[0, 0, 0]]),
        case("example 3", [1, 2, -1], expected=[]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("three zeros", [0, 0, 0], expected=[[0, 0, 0]]),
        case("two zeros are not enough", [0, 0, 1], expected=[]),
        case("a value may repeat if nums repeats it", [-2, 1, 1], expected=[[-2, 1, 1]]),
        case("a value used once may not repeat", [-2, 1, 3], expected=[]),
        _checked("many repeats", [-1, -1, -1, 2, 2, 2, 0, 0, 1, 1]),
        _checked("all positive", [1, 2, 3, 4, 5]),
        _checked("all negative", [-5, -4, -3, -2, -1]),
        _checked("extremes", [100000, -100000, 0, -50000, -50000, 50000]),
        _checked("symmetric", [-4, -3, -2, -1, 0, 1, 2, 3, 4]),
    ]
    for k in range(12):
        n = rng.randint(3, 40)
        high = [3, 15, 100000][k % 3]
        cases.append(_checked(f"random {k + 1}", [rng.randint(-high, high) for _ in range(n)]))
    n = 3000
    cases.append(case("3000 values from a wide range",
                      [rng.randint(-(10**5), 10**5) for _ in range(n)]))
    cases.append(case("3000 values from a small range", [rng.randint(-300, 300) for _ in range(n)]))
    cases.append(case("3000 zeros", [0] * n, expected=[[0, 0, 0]]))
    # Odd values only: three odd numbers never sum to 0.
    cases.append(case("3000 values with no zero-sum triplet",
                      [rng.choice((-1, 1)) * (2 * rng.randint(0, 49_999) + 1) for _ in range(n)],
                      expected=[]))
    return cases
