import random
from collections import Counter
from itertools import combinations

from mldojo.content.testing import case


def _power_set(nums):
    """Independent oracle: itertools.combinations of every size."""
    return [list(c) for size in range(len(nums) + 1) for c in combinations(nums, size)]


def _show(subset):
    return "[" + ", ".join(map(str, subset)) + "]"


def check(args, expected, actual):
    """Accept the subsets in any order, with the elements of each subset in any order."""
    (nums,) = args
    if not isinstance(actual, list | tuple):
        return f"returned {type(actual).__name__}; return a list of lists"
    allowed = set(nums)
    seen = Counter()
    for subset in actual:
        if not isinstance(subset, list | tuple):
            return f"an item of the answer is {type(subset).__name__} {subset!r}, not a list"
        for value in subset:
            if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
                return f"the subset {_show(subset)} holds {value!r}, which is not in nums"
        if len(set(subset)) != len(subset):
            return f"the subset {_show(subset)} uses an element twice"
        seen[tuple(sorted(subset))] += 1
    repeated = [s for s, count in seen.items() if count > 1]
    if repeated:
        worst = max(repeated, key=lambda s: seen[s])
        return (
            f"the subset {_show(worst)} appears {seen[worst]} times; each subset must appear once"
            + (" (appending the path list without copying it stores the same list again and again)"
               if len(seen) < len(actual) // 2 else "")
        )
    wanted = {tuple(sorted(s)) for s in expected}
    missing = sorted(wanted - set(seen), key=lambda s: (len(s), s))
    if missing:
        first = missing[0]
        what = "the empty subset []" if not first else f"the subset {_show(first)}"
        return (
            f"{len(actual)} subsets but a set of {len(nums)} elements has {len(wanted)}; "
            f"missing {what}"
        )
    return None


def public():
    return [
        case("example 1", [1, 2, 3], expected=[[], [1], [2], [1, 2], [3], [1, 3], [2, 3], [1, 2, 3]]),
        case("example 2", [0], expected=[[], [0]]),
        case("example 3", [5, -1], expected=[[], [5], [-1], [5, -1]]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one negative element", [-100], expected=[[], [-100]]),
        case("four elements", [4, 3, 2, 1], expected=_power_set([4, 3, 2, 1])),
        case("extremes", [100, -100, 0], expected=_power_set([100, -100, 0])),
    ]
    for k in range(10):
        nums = rng.sample(range(-100, 101), rng.randint(1, 10))
        cases.append(case(f"random {k + 1}", nums, expected=_power_set(nums)))
    for n in (13, 15):
        nums = rng.sample(range(-100, 101), n)
        cases.append(case(f"{n} elements", nums, expected=_power_set(nums)))
    return cases
