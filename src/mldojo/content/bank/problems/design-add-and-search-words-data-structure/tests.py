import random
import re
import string

from mldojo.content.testing import design


def _expected(operations, arguments):
    """Independent oracle: a set of words and a full-match regular expression per search."""
    words, results = set(), [None]
    for operation, (word,) in zip(operations[1:], arguments[1:], strict=True):
        if operation == "addWord":
            words.add(word)
            results.append(None)
        else:
            pattern = re.compile(word)  # '.' is already the regex wildcard; letters are literal
            results.append(any(pattern.fullmatch(stored) for stored in words))
    return results


def _checked(name, operations, arguments):
    return design(name, operations, arguments, expected=_expected(operations, arguments))


def _word(rng, alphabet, low, high):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def _with_dots(rng, word, dots):
    letters = list(word)
    for i in rng.sample(range(len(letters)), min(dots, len(letters))):
        letters[i] = "."
    return "".join(letters)


def _random_ops(rng, calls, alphabet, low, high):
    operations, arguments, stored = ["WordDictionary"], [[]], []
    for _ in range(calls):
        if rng.random() < 0.45 or not stored:
            stored.append(_word(rng, alphabet, low, high))
            operations.append("addWord")
            arguments.append([stored[-1]])
            continue
        roll = rng.random()
        if roll < 0.5:
            base = rng.choice(stored)
        elif roll < 0.7:
            word = rng.choice(stored)
            base = word[: rng.randint(1, len(word))]
        else:
            base = _word(rng, alphabet, low, high)
        operations.append("search")
        arguments.append([_with_dots(rng, base, rng.choice([0, 1, 1, 2]))])
    return operations, arguments


def public():
    return [
        design(
            "example 1",
            ["WordDictionary", "addWord", "addWord", "search", "search", "search", "search"],
            [[], ["lamp"], ["lime"], ["l..p"], ["l.me"], ["lam"], ["...."]],
            expected=[None, None, None, True, True, False, True],
        ),
        design(
            "example 2",
            ["WordDictionary", "search", "addWord", "search", "search"],
            [[], ["."], ["q"], ["."], [".."]],
            expected=[None, False, None, True, False],
        ),
    ]


def hidden(seed):
    rng = random.Random(seed)
    w = "WordDictionary"
    cases = [
        _checked("search an empty store", [w, "search", "search"], [[], ["a"], ["..."]]),
        _checked(
            "prefix and extension of a stored word",
            [w, "addWord", "search", "search", "search", "search"],
            [[], ["cart"], ["car"], ["carts"], ["car."], ["ca.."]],
        ),
        _checked(
            "the first branch at a dot is a dead end",
            [w, "addWord", "addWord", "search", "search", "search"],
            [[], ["ax"], ["by"], [".y"], [".x"], [".z"]],
        ),
        _checked(
            "two dots that must pick different branches",
            [w, "addWord", "addWord", "addWord", "search", "search"],
            [[], ["abc"], ["bbd"], ["cbe"], ["..e"], [".b."]],
        ),
        _checked(
            "a word that is a prefix of another",
            [w, "addWord", "addWord", "search", "search", "search"],
            [[], ["in"], ["inner"], ["i."], ["inn.."], ["inn."]],
        ),
        _checked(
            "adding the same word twice",
            [w, "addWord", "addWord", "search", "search"],
            [[], ["zz"], ["zz"], ["zz"], ["z"]],
        ),
        _checked(
            "dots only",
            [w, "addWord", "addWord", "search", "search", "search"],
            [[], ["a" * 25], ["b"], [".."], ["."], ["a" * 23 + ".."]],
        ),
        _checked(
            "dots at both ends",
            [w, "addWord", "addWord", "search", "search"],
            [[], ["xmiddlex"], ["ymiddley"], [".middle."], [".middlex"]],
        ),
    ]
    for k in range(14):
        alphabet = "ab" if k < 5 else "abc" if k < 10 else string.ascii_lowercase
        ops, args = _random_ops(rng, rng.randint(10, 200), alphabet, 1, 6)
        cases.append(_checked(f"random {k + 1}", ops, args))

    # 5000 words sharing a 20-letter prefix, then 5000 searches with up to two dots: a scan of
    # the stored words compares about 20 letters per word before it can rule one out.
    prefix = _word(rng, string.ascii_lowercase, 20, 20)
    operations, arguments, stored = [w], [[]], []
    for _ in range(5000):
        stored.append(prefix + _word(rng, "abcdefg", 5, 5))
        operations.append("addWord")
        arguments.append([stored[-1]])
    for step in range(5000):
        # Odd steps look for words that are mostly absent.
        base = prefix + _word(rng, "abcdefgh", 5, 5) if step % 2 else rng.choice(stored)
        operations.append("search")
        arguments.append([_with_dots(rng, base, rng.choice([1, 2]))])
    cases.append(
        design("5000 words with a shared prefix, then 5000 searches", operations, arguments)
    )
    return cases
