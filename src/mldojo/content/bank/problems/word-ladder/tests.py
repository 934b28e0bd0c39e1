import random
from collections import deque

from mldojo.content.testing import case


def _by_pairwise_bfs(begin, end, words):
    """Independent oracle for small lists: BFS over an adjacency list built by comparing all pairs."""
    if end not in words:
        return 0
    nodes = [begin] + [w for w in words if w != begin]

    def one_apart(a, b):
        return sum(x != y for x, y in zip(a, b)) == 1

    depth = {begin: 1}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        for other in nodes:
            if other not in depth and one_apart(word, other):
                depth[other] = depth[word] + 1
                queue.append(other)
    return depth.get(end, 0)


def _checked(name, begin, end, words):
    return case(name, begin, end, words, expected=_by_pairwise_bfs(begin, end, words))


def _random_words(rng, count, length, alphabet):
    chosen = set()
    while len(chosen) < count:
        chosen.add("".join(rng.choice(alphabet) for _ in range(length)))
    words = sorted(chosen)
    rng.shuffle(words)
    return words


def public():
    return [
        case("example 1", "cold", "warm", ["cord", "card", "ward", "warm", "word", "worm"],
             expected=5),
        case("example 2", "cold", "warm", ["cord", "card", "ward", "word", "worm"], expected=0),
        case("example 3", "same", "sale", ["sale"], expected=2),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("one letter words", "a", "c", ["b", "c"], expected=2),
        case("end one change away but missing", "dog", "dot", ["cat"], expected=0),
        case("begin word also in the list", "abc", "abd", ["abc", "abd"], expected=2),
        case("no bridge", "aaa", "bbb", ["aab", "bbb"], expected=0),
        case("two changes at once are not allowed", "ab", "cd", ["cd"], expected=0),
        _checked("depth-first detour", "aaaa", "dddd",
                 ["daaa", "ddaa", "ddda", "dddd", "baaa", "bbaa", "bbba", "bbbb", "bbbd", "bbdd",
                  "bddd", "aaab", "abbb", "cbbb", "cbbd"]),
        _checked("detour through earlier letters", "cat", "dog",
                 ["cot", "cog", "dog", "bat", "bag", "bog", "cag", "dag"]),
    ]
    for k in range(12):
        length = rng.randint(1, 4)
        alphabet = "abcd"[: rng.randint(2, 4)]
        count = rng.randint(1, min(40, len(alphabet) ** length))
        words = _random_words(rng, count, length, alphabet)
        begin = "".join(rng.choice(alphabet) for _ in range(length))
        end = rng.choice(words) if k % 4 else "".join(rng.choice(alphabet) for _ in range(length))
        if end == begin:
            end = words[0] if words[0] != begin else "z" * length
        cases.append(_checked(f"random {k + 1}", begin, end, words))
    words = _random_words(rng, 10_000, 5, "abcdefgh")
    begin = words.pop()
    cases.append(case("10000 words, end cut off", begin, "zzzzz", words + ["zzzzz"], expected=0))
    cases.append(case("10000 words, end far away", begin, words[-1], words))
    words = [w for w in _random_words(rng, 9_999, 10, "abc") if w not in ("a" * 10, "c" * 10)]
    cases.append(case("words of length 10", "a" * 10, "c" * 10, words + ["c" * 10]))
    ladder = ["a" * (10 - i) + "b" * i for i in range(1, 11)]
    cases.append(case("one change per step, ten steps", "a" * 10, "b" * 10, ladder, expected=11))
    return cases
