import random

from mldojo.content.testing import case

CLOSER = {"(": ")", "[": "]", "{": "}"}


def _balanced_by_deletion(s):
    """Independent oracle for small inputs: delete matched adjacent pairs until stuck."""
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return not s
        s = shorter


def _random_balanced(rng, pairs):
    """A random balanced string with the given number of pairs."""
    out, stack = [], []
    opened = 0
    while opened < pairs or stack:
        if opened < pairs and (not stack or rng.random() < 0.55):
            opener = rng.choice("([{")
            stack.append(opener)
            out.append(opener)
            opened += 1
        else:
            out.append(CLOSER[stack.pop()])
    return "".join(out)


def _nested(depth):
    openers = "".join("([{"[i % 3] for i in range(depth))
    return openers + "".join(CLOSER[c] for c in reversed(openers))


def public():
    return [
        case("example 1", "{()[]}", expected=True),
        case("example 2", "[(])", expected=False),
        case("example 3", "(()", expected=False),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single opener", "(", expected=False),
        case("single closer", "]", expected=False),
        case("one pair of each kind", "()[]{}", expected=True),
        case("crossed pairs", "([)]", expected=False),
        case("wrong kind closes", "(]", expected=False),
        case("closer before its opener", ")(", expected=False),
        case("only openers", "(({{[[", expected=False),
        case("extra closer at the end", "{[]})", expected=False),
        case("closer first, rest balanced", "}()", expected=False),
        case("deep mixed nesting", "{[({[()]})]}", expected=True),
        case("counts balance, order does not", "{(}[)]", expected=False),
    ]
    for k in range(12):
        s = _random_balanced(rng, rng.randint(1, 30))
        if k % 2:
            chars = list(s)
            i = rng.randrange(len(chars))
            chars[i] = rng.choice("()[]{}")
            if k % 4 == 3 and len(chars) > 1:
                j = rng.randrange(len(chars))
                chars[i], chars[j] = chars[j], chars[i]
            s = "".join(chars)
        cases.append(case(f"random {k + 1}", s, expected=_balanced_by_deletion(s)))
    deep = _nested(50_000)
    cases.append(case("nested 50000 deep", deep, expected=True))
    cases.append(case("nested 50000 deep, last bracket wrong", deep[:-1] + "}", expected=False))
    cases.append(case("100000 random balanced", _random_balanced(rng, 50_000), expected=True))
    cases.append(case("100000 openers", "[" * 100_000, expected=False))
    return cases
