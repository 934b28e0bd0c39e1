import random
from collections import deque

from mldojo.content.testing import case


def _splits_by_search(s, words):
    """Independent oracle: breadth-first search over the positions a cut can reach."""
    words = set(words)
    reached = {0}
    queue = deque([0])
    while queue:
        start = queue.popleft()
        for end in range(start + 1, len(s) + 1):
            if end not in reached and s[start:end] in words:
                reached.add(end)
                queue.append(end)
    return len(s) in reached


def _checked(name, s, words):
    return case(name, s, words, expected=_splits_by_search(s, words))


def _random_case(rng, alphabet, count, longest, pieces, spoil):
    words = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, longest)))
                    for _ in range(count)})
    s = "".join(rng.choice(words) for _ in range(pieces))
    if spoil and s:
        i = rng.randrange(len(s))
        s = s[:i] + rng.choice(alphabet) + s[i + 1:]
    return s[:300] or "a", words


def public():
    return [
        case("example 1", "catalog", ["cat", "alo", "log", "a"], expected=True),
        case("example 2", "tictic", ["tic"], expected=True),
        case("example 3", "bookworms", ["book", "worm"], expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one letter, found", "a", ["a"], expected=True),
        case("one letter, missing", "a", ["b"], expected=False),
        case("word longer than s", "ab", ["abc"], expected=False),
        case("whole string is one word", "zebra", ["zeb", "zebra"], expected=True),
        case("longest first fails", "abcd", ["abc", "ab", "cd"], expected=True),
        case("shortest first fails", "abcd", ["ab", "abc", "d"], expected=True),
        case("one word many times", "ab" * 150, ["ab"], expected=True),
        case("used words overlap", "aaaaaaa", ["aaaa", "aaa"], expected=True),
        case("prefix and suffix both words, middle not", "abxcd", ["ab", "cd", "xc"], expected=False),
        _checked("needs the last word", "carsandcars", ["car", "cars", "and", "sand"]),
    ]
    for k in range(12):
        alphabet = "ab" if k % 3 == 0 else "abc" if k % 3 == 1 else "abcdefgh"
        s, words = _random_case(rng, alphabet, rng.randint(1, 8), rng.randint(1, 5),
                                rng.randint(1, 12), spoil=k % 2 == 1)
        cases.append(_checked(f"random {k + 1}", s, words))
    runs = ["a" * size for size in range(1, 11)]
    cases.append(case("299 a's and a b", "a" * 299 + "b", runs, expected=False))
    cases.append(case("a b among 299 a's", "a" * 150 + "b" + "a" * 149, runs, expected=False))
    cases.append(case("300 a's and a lone b word", "a" * 300, runs + ["b"], expected=True))
    words = sorted({"".join(rng.choice("ab") for _ in range(rng.randint(1, 20)))
                    for _ in range(1000)})
    s = ""
    while len(s) < 280:
        s += rng.choice(words)
    cases.append(_checked("1000 words over a, b", s[:299] + "c", words))
    cases.append(_checked("1000 words over a, b, reachable", s[:300], words))
    return cases
