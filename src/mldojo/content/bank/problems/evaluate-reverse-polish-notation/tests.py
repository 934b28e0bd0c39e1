import random

from mldojo.content.testing import case

LOW, HIGH = -(2**31), 2**31 - 1


def _truncated(a, b):
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def _apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return None if b == 0 else _truncated(a, b)


def _random_rpn(rng, numbers, combine_bias=0.5, ops="+-*/"):
    """Return (tokens, value): a random valid expression with `numbers` operands.

    Values are tracked while the tokens are emitted, so the value is an independent oracle; an
    operator is only chosen when its result stays in 32 bits and it does not divide by zero.
    """
    tokens, values, placed = [], [], 0
    while placed < numbers or len(values) > 1:
        if placed < numbers and (len(values) < 2 or rng.random() >= combine_bias):
            value = rng.randint(-200, 200)
            tokens.append(str(value))
            values.append(value)
            placed += 1
            continue
        b, a = values.pop(), values.pop()
        choices = [op for op in ops if (r := _apply(op, a, b)) is not None and LOW <= r <= HIGH]
        if not choices:
            choices = [op for op in "+-" if LOW <= _apply(op, a, b) <= HIGH]
        op = rng.choice(choices)
        tokens.append(op)
        values.append(_apply(op, a, b))
    return tokens, values[0]


def public():
    return [
        case("example 1", ["3", "4", "+", "2", "*"], expected=14),
        case("example 2", ["7", "-2", "/"], expected=-3),
        case("example 3", ["5", "1", "2", "+", "-"], expected=2),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        case("a single number", ["42"], expected=42),
        case("a single negative number", ["-17"], expected=-17),
        case("negative dividend", ["-7", "2", "/"], expected=-3),
        case("both negative", ["-7", "-2", "/"], expected=3),
        case("exact division", ["-8", "2", "/"], expected=-4),
        case("small over large", ["3", "-5", "/"], expected=0),
        case("subtraction order", ["2", "9", "-"], expected=-7),
        case("division order", ["3", "12", "/"], expected=0),
        case("zero divided", ["0", "-3", "/"], expected=0),
        case("negative operands everywhere", ["-3", "-4", "*", "-5", "-"], expected=17),
        case("deep nesting", ["1", "2", "3", "4", "+", "*", "-"], expected=-13),
        case("largest intermediate", ["200", "200", "*", "200", "*", "200", "*", "2", "/"],
             expected=800_000_000),
    ]
    for k in range(12):
        tokens, value = _random_rpn(rng, rng.randint(2, 25), rng.choice((0.3, 0.5, 0.8)))
        cases.append(case(f"random {k + 1}", tokens, expected=value))
    tokens, value = _random_rpn(rng, 5_000)
    cases.append(case("10^4 tokens", tokens, expected=value))
    tokens, value = _random_rpn(rng, 5_000, combine_bias=0.0, ops="+-")
    cases.append(case("5000 numbers, then 4999 operators", tokens, expected=value))
    tokens, value = _random_rpn(rng, 5_000, combine_bias=1.0, ops="-/")
    cases.append(case("operator after every number, - and / only", tokens, expected=value))
    return cases
