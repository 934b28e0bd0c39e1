import random

from mldojo.content.testing import case

ALPHABETS = [
    "ab",
    "abcxyz",
    "aAbB ",
    "éèeE\u0301",  # precomposed é, è, plain e, E and a combining acute accent
    "日本語中文",
    "😀🎉ab👍🏽",  # emoji outside the Basic Multilingual Plane, one with a skin-tone modifier
    "ßΩжñ",
]


def _same_counts(s, t):
    """Independent oracle: sort both strings and compare."""
    return sorted(s) == sorted(t)


def public():
    return [
        case("example 1", "stressed", "desserts", expected=True),
        case("example 2", "kayak", "kayyk", expected=False),
        case("example 3", "día 😀", "😀 aíd", expected=True),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single equal character", "x", "x", expected=True),
        case("single different character", "x", "y", expected=False),
        case("different lengths", "ab", "abb", expected=False),
        case("different lengths, same set", "aab", "ab", expected=False),
        case("capitals differ", "Night", "thing", expected=False),
        case("spaces count", "a b", "ab ", expected=True),
        case("spaces missing", "a b", "ab", expected=False),
        case("uppercase anagram", "LISTEN", "SILENT", expected=True),
        case("precomposed vs combining accent", "é", "e\u0301", expected=False),
        case("combining accent moved", "e\u0301a", "ae\u0301", expected=True),
        case("emoji rearranged", "🎉😀🎉", "🎉🎉😀", expected=True),
        case("emoji counts differ", "🎉😀😀", "🎉🎉😀", expected=False),
        case("CJK", "中文字", "字中文", expected=True),
        case("Greek and Cyrillic look-alikes", "Ao", "Αо", expected=False),
    ]
    for k in range(12):
        alphabet = ALPHABETS[k % len(ALPHABETS)]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        chars = list(s)
        rng.shuffle(chars)
        if k % 2:
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        t = "".join(chars)
        cases.append(case(f"random {k + 1}", s, t, expected=_same_counts(s, t)))
    n = 100_000
    half = n // 2
    cases.append(case("100000 characters, two blocks swapped", "a" * half + "b" * half,
                      "b" * half + "a" * half, expected=True))
    mixed = "".join(ALPHABETS)
    s = "".join(rng.choice(mixed) for _ in range(n))
    chars = list(s)
    rng.shuffle(chars)
    cases.append(case("100000 mixed Unicode characters, shuffled", s, "".join(chars),
                      expected=True))
    chars[rng.randrange(n)] = "\u0301" if chars[0] != "\u0301" else "a"
    t = "".join(chars)
    cases.append(case("100000 mixed Unicode characters, one changed", s, t,
                      expected=_same_counts(s, t)))
    return cases
