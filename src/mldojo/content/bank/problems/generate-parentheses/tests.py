from itertools import product

from mldojo.content.testing import case


def _balanced_strings(n):
    """Independent oracle: every string of n '(' and n ')' that never dips below zero."""
    found = []
    for combo in product("()", repeat=2 * n):
        depth = 0
        for ch in combo:
            depth += 1 if ch == "(" else -1
            if depth < 0:
                break
        if depth == 0:
            found.append("".join(combo))
    return found


def public():
    return [
        case("example 1", 3, expected=["((()))", "(()())", "(())()", "()(())", "()()()"]),
        case("example 2", 1, expected=["()"]),
        case("example 3", 2, expected=["(())", "()()"]),
    ]


def hidden(seed):
    # n has only eight values; every one of them is a test.
    return [case(f"n = {n}", n, expected=_balanced_strings(n)) for n in range(1, 9)]
