import random

from mldojo.content.testing import case

LETTERS = {str(code) for code in range(1, 27)}


def _count_by_enumeration(s):
    """Independent oracle for short strings: walk every split into pieces that are letters."""
    finished = 0
    stack = [0]
    while stack:
        start = stack.pop()
        if start == len(s):
            finished += 1
            continue
        for size in (1, 2):
            if start + size <= len(s) and s[start:start + size] in LETTERS:
                stack.append(start + size)
    return finished


def _checked(name, s):
    return case(name, s, expected=_count_by_enumeration(s))


def public():
    return [
        case("example 1", "123", expected=3),
        case("example 2", "2101", expected=1),
        case("example 3", "305", expected=0),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("single zero", "0", expected=0),
        case("single digit", "7", expected=1),
        case("ten", "10", expected=1),
        case("twenty", "20", expected=1),
        case("twenty-six", "26", expected=2),
        case("twenty-seven", "27", expected=1),
        case("leading zero", "06", expected=0),
        case("double zero", "100", expected=0),
        case("zero after a large digit", "1190", expected=0),
        _checked("zeros that pair", "1020102"),
        _checked("pairs at the boundary", "2626262727"),
        _checked("all nines", "99999999"),
    ]
    for k in range(12):
        digits = "0112226789" if k % 2 else "0123456789"
        s = "".join(rng.choice(digits) for _ in range(rng.randint(1, 22)))
        cases.append(_checked(f"random {k + 1}", s))
    cases.append(case("100 ones", "1" * 100))
    cases.append(case("twelve repeated", "12" * 50))
    cases.append(case("99 twos and a final 6", "2" * 99 + "6"))
    cases.append(case("99 ones and a final 0", "1" * 99 + "0"))
    cases.append(case("ones broken by a 30", "1" * 60 + "30" + "1" * 38, expected=0))
    return cases
