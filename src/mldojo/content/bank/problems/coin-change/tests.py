import random
from collections import deque

from mldojo.content.testing import case


def _fewest_by_bfs(coins, amount):
    """Independent oracle: breadth-first search over the amounts paid so far."""
    if amount == 0:
        return 0
    depth = {0: 0}
    queue = deque([0])
    while queue:
        paid = queue.popleft()
        for coin in coins:
            nxt = paid + coin
            if nxt == amount:
                return depth[paid] + 1
            if nxt < amount and nxt not in depth:
                depth[nxt] = depth[paid] + 1
                queue.append(nxt)
    return -1


def public():
    return [
        case("example 1", [1, 4, 5], 8, expected=2),
        case("example 2", [3, 5], 7, expected=-1),
        case("example 3", [2], 0, expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("amount zero with a coin of 1", [1], 0, expected=0),
        case("single coin equals the amount", [7], 7, expected=1),
        case("single coin does not divide", [2], 3, expected=-1),
        case("only coin larger than the amount", [5], 3, expected=-1),
        case("greedy fails: 1, 3, 4", [1, 3, 4], 6, expected=2),
        case("greedy fails: 1, 5, 6, 9", [9, 6, 5, 1], 11, expected=2),
        case("greedy gets stuck without a 1", [2, 5], 6, expected=3),
        case("huge coins next to small ones", [2**31 - 1, 3, 2], 7, expected=3),
        case("huge coin only", [2**31 - 1], 10, expected=-1),
        case("coins unsorted", [25, 1, 10, 5], 63, expected=6),
        case("naive recursion explodes", [3, 7, 11], 110, expected=10),
    ]
    for k in range(12):
        coins = rng.sample(range(1, 40), rng.randint(1, 5))
        amount = rng.randint(0, 300)
        cases.append(case(f"random {k + 1}", coins, amount,
                          expected=_fewest_by_bfs(coins, amount)))
    cases.append(case("amount 10000 with coin 1 only", [1], 10_000, expected=10_000))
    cases.append(case("amount 10000, even coins, odd target", [2, 4, 6, 8, 10, 12, 14, 16, 18,
                                                               20, 22, 24], 9_999, expected=-1))
    coins = rng.sample(range(1, 500), 12)
    cases.append(case("amount 10000, twelve random coins", coins, 10_000,
                      expected=_fewest_by_bfs(coins, 10_000)))
    cases.append(case("amount 9999, coins 1, 7, 10, 13", [1, 7, 10, 13], 9_999,
                      expected=_fewest_by_bfs([1, 7, 10, 13], 9_999)))
    return cases
