import random
from functools import partial

from mldojo.content.testing import design

LOW, HIGH = -(2**31), 2**31 - 1


def _simulate(operations, arguments):
    """Independent oracle: a plain list and min() on every query."""
    stack, results = [], [None]
    for operation, args in zip(operations[1:], arguments[1:], strict=True):
        if operation == "push":
            stack.append(args[0])
            results.append(None)
        elif operation == "pop":
            stack.pop()
            results.append(None)
        elif operation == "top":
            results.append(stack[-1])
        else:
            results.append(min(stack))
    return results


def _case(name, operations, arguments):
    return design(name, operations, arguments, expected=_simulate(operations, arguments))


def _random_ops(rng, calls, draw):
    operations, arguments, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        roll = rng.random()
        if size == 0 or roll < 0.4:
            operations.append("push")
            arguments.append([draw()])
            size += 1
        elif roll < 0.65:
            operations.append("pop")
            arguments.append([])
            size -= 1
        else:
            operations.append(rng.choice(["top", "getMin"]))
            arguments.append([])
    return operations, arguments


def public():
    return [
        design("example 1", ["MinStack", "push", "push", "push", "getMin", "pop", "getMin", "top"],
               [[], [4], [1], [7], [], [], [], []],
               expected=[None, None, None, None, 1, None, 1, 1]),
        design("example 2", ["MinStack", "push", "push", "getMin", "pop", "getMin"],
               [[], [3], [-2], [], [], []],
               expected=[None, None, None, -2, None, 3]),
        design("example 3", ["MinStack", "push", "push", "pop", "getMin"],
               [[], [0], [0], [], []],
               expected=[None, None, None, None, 0]),
    ]


def hidden(seed):
    rng = random.Random(seed)
    cases = [
        _case("one push", ["MinStack", "push", "top", "getMin"], [[], [5], [], []]),
        _case("extremes", ["MinStack", "push", "push", "getMin", "pop", "getMin", "top"],
              [[], [HIGH], [LOW], [], [], [], []]),
        _case("empty, then refilled",
              ["MinStack", "push", "pop", "push", "getMin", "top"],
              [[], [-1], [], [8], [], []]),
        _case("decreasing pushes, then pops",
              ["MinStack", "push", "push", "push", "pop", "getMin", "pop", "getMin"],
              [[], [3], [2], [1], [], [], [], []]),
        _case("minimum repeated three times",
              ["MinStack", "push", "push", "push", "push", "pop", "getMin", "pop", "getMin",
               "pop", "getMin"],
              [[], [5], [1], [1], [1], [], [], [], [], [], []]),
        _case("minimum at the bottom", ["MinStack", "push", "push", "push", "pop", "pop", "getMin"],
              [[], [-7], [4], [9], [], [], []]),
    ]
    for k in range(12):
        if k % 2:
            few = [rng.randint(-5, 5) for _ in range(4)]  # repeats of the minimum are likely
            draw = partial(rng.choice, few)
        else:
            draw = partial(rng.randint, LOW, HIGH)
        operations, arguments = _random_ops(rng, rng.randint(5, 120), draw)
        cases.append(_case(f"random {k + 1}", operations, arguments))
    operations, arguments = _random_ops(rng, 200_000, partial(rng.randint, -1000, 1000))
    cases.append(_case("200000 random calls", operations, arguments))
    n = 100_000
    operations = ["MinStack"] + ["push"] * n + ["getMin"] * n
    arguments = [[]] + [[v] for v in range(n)] + [[]] * n
    cases.append(design("100000 pushes, then 100000 getMin", operations, arguments,
                        expected=[None] * (n + 1) + [0] * n))
    operations, arguments = ["MinStack"], [[]]
    for v in range(n):
        operations.append("push")
        arguments.append([n - v])
    for _ in range(n // 2):
        operations += ["getMin", "pop"]
        arguments += [[], []]
    cases.append(_case("falling pushes, then getMin and pop in turn", operations, arguments))
    return cases
