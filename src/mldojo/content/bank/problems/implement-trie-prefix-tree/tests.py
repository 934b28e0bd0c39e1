import random
import string

from mldojo.content.testing import design


def _expected(operations, arguments):
    """Independent oracle: a set of words and a set of every prefix of every word."""
    words, prefixes, results = set(), set(), []
    for operation, (key,) in zip(operations[1:], arguments[1:]):
        if operation == "insert":
            words.add(key)
            prefixes.update(key[:end] for end in range(1, len(key) + 1))
            results.append(None)
        elif operation == "search":
            results.append(key in words)
        else:
            results.append(key in prefixes)
    return [None, *results]


def _checked(name, operations, arguments):
    return design(name, operations, arguments, expected=_expected(operations, arguments))


def public():
    return [
        design(
            "example 1",
            ["Trie", "insert", "search", "search", "startsWith", "insert", "search"],
            [[], ["card"], ["car"], ["card"], ["car"], ["car"], ["car"]],
            expected=[None, None, False, True, True, None, True],
        ),
        design(
            "example 2",
            ["Trie", "insert", "startsWith", "search", "startsWith"],
            [[], ["ox"], ["oxen"], ["o"], ["o"]],
            expected=[None, None, False, False, True],
        ),
    ]


def _word(rng, alphabet, low, high):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _random_ops(rng, calls, alphabet, low, high):
    """Mixed calls on a small alphabet, so prefixes and repeats are common."""
    operations, arguments, stored = ["Trie"], [[]], []
    for _ in range(calls):
        roll = rng.random()
        if roll < 0.4 or not stored:
            word = rng.choice(stored) if stored and rng.random() < 0.1 else _word(rng, alphabet, low, high)
            stored.append(word)
            operations.append("insert")
            arguments.append([word])
            continue
        operations.append("search" if roll < 0.7 else "startsWith")
        source = rng.random()
        if source < 0.4:
            key = rng.choice(stored)
        elif source < 0.8:
            word = rng.choice(stored)
            key = word[: rng.randint(1, len(word))]
        else:
            key = _word(rng, alphabet, low, high)
        arguments.append([key])
    return operations, arguments


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _checked("search on an empty trie", ["Trie", "search", "startsWith"], [[], ["a"], ["a"]]),
        _checked(
            "single letters",
            ["Trie", "insert", "search", "startsWith", "search", "startsWith"],
            [[], ["a"], ["a"], ["a"], ["b"], ["b"]],
        ),
        _checked(
            "a word that is also a prefix of another",
            ["Trie", "insert", "insert", "search", "search", "startsWith", "search"],
            [[], ["apple"], ["app"], ["app"], ["apple"], ["appl"], ["appl"]],
        ),
        _checked(
            "shorter word inserted first",
            ["Trie", "insert", "insert", "search", "search", "search"],
            [[], ["to"], ["tower"], ["to"], ["tow"], ["tower"]],
        ),
        _checked(
            "inserting twice",
            ["Trie", "insert", "insert", "search", "startsWith", "search"],
            [[], ["same"], ["same"], ["same"], ["sam"], ["sa"]],
        ),
        _checked(
            "key longer than the stored word",
            ["Trie", "insert", "search", "startsWith"],
            [[], ["abc"], ["abcd"], ["abcd"]],
        ),
        _checked(
            "branches that split late",
            ["Trie", "insert", "insert", "startsWith", "startsWith", "search", "search"],
            [[], ["interval"], ["internet"], ["inter"], ["interv"], ["inter"], ["internets"]],
        ),
    ]
    long_word = _word(rng, "ab", 2000, 2000)
    cases.append(
        _checked(
            "a word of 2000 letters",
            ["Trie", "insert", "search", "search", "startsWith", "startsWith"],
            [[], [long_word], [long_word], [long_word[:-1]], [long_word[:1999]],
             [long_word[:1000] + ("a" if long_word[1000] == "b" else "b")]],
        )
    )
    for k in range(12):
        alphabet = "ab" if k < 4 else "abc" if k < 8 else string.ascii_lowercase
        ops, args = _random_ops(rng, rng.randint(10, 200), alphabet, 1, 6)
        cases.append(_checked(f"random {k + 1}", ops, args))

    # Many words, then many queries; half of the prefixes match no word, so a scan of the
    # stored words cannot stop early.
    letters = string.ascii_lowercase
    words = [_word(rng, letters, 8, 12) for _ in range(50_000)]
    operations, arguments = ["Trie"], [[]]
    for word in words:
        operations.append("insert")
        arguments.append([word])
    for step in range(50_000):
        word = rng.choice(words)
        if step % 2:
            key = _word(rng, letters, 6, 8)
        else:
            key = word[: rng.randint(4, len(word))]
        operations.append("startsWith" if step % 3 else "search")
        arguments.append([key])
    cases.append(_checked("50000 words, then 50000 queries", operations, arguments))
    return cases
