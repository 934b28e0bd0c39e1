import heapq
import random
import string
from collections import Counter

from mldojo.content.testing import case


def _simulate(tasks, n):
    """Independent oracle: each unit, run the ready letter with the most copies left."""
    left = Counter(tasks)
    ready_at = dict.fromkeys(left, 0)
    time = 0
    remaining = len(tasks)
    while remaining:
        ready = [(-left[c], c) for c in left if left[c] and ready_at[c] <= time]
        if ready:
            _, letter = heapq.nsmallest(1, ready)[0]
            left[letter] -= 1
            ready_at[letter] = time + n + 1
            remaining -= 1
        time += 1
    return time


def _checked(name, tasks, n):
    return case(name, tasks, n, expected=_simulate(tasks, n))


def public():
    return [
        case("example 1", ["X", "X", "X", "Y"], 1, expected=5),
        case("example 2", ["P", "P", "Q", "Q", "R", "R"], 1, expected=6),
        case("example 3", ["K", "K"], 0, expected=2),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one task", ["Z"], 100, expected=1),
        case("one letter, long cooldown", ["A"] * 3, 100, expected=203),
        _checked("ties at the top", ["A", "A", "A", "B", "B", "B", "C"], 2),
        _checked("more tasks than slots", list("AABBCCDD"), 1),
        _checked("many letters, no idle", list("AAABBBCCCDDDEEE"), 2),
        _checked("most copies must go first", list("AAAABCDE"), 1),
        _checked("alphabet order misleads", list("ABBBBCC"), 2),
        _checked("no cooldown", list("QQQWWE"), 0),
        _checked("all 26 letters once", list(string.ascii_uppercase), 100),
    ]
    for k in range(16):
        letters = string.ascii_uppercase[: rng.randint(1, 8)]
        tasks = [rng.choice(letters) for _ in range(rng.randint(1, 40))]
        cases.append(_checked(f"random {k + 1}", tasks, rng.randint(0, 6)))
    tasks = [rng.choice(string.ascii_uppercase) for _ in range(10_000)]
    cases.append(_checked("10000 tasks, cooldown 100", tasks, 100))
    tasks = ["M"] * 4_000 + [rng.choice("ABC") for _ in range(6_000)]
    rng.shuffle(tasks)
    cases.append(_checked("10000 tasks, one dominant letter", tasks, 3))
    cases.append(case("10000 copies of one letter", ["J"] * 10_000, 100, expected=9_999 * 101 + 1))
    return cases
