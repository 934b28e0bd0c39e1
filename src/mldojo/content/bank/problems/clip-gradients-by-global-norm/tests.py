import numpy as np

from mldojo.content.testing import case


def _oracle(grads, max_norm):
    # One long vector: np.linalg.norm of the concatenation, then np.clip of the factor.
    flat = np.concatenate([g.ravel() for g in grads])
    total = float(np.linalg.norm(flat))
    factor = 1.0 if total == 0.0 else float(np.clip(max_norm / total, None, 1.0))
    return ([g * factor for g in grads], total)


def _a(values):
    return np.array(values, dtype=np.float64)


def public():
    return [
        case("example 1", [_a([3.0]), _a([4.0])], 1.0),
        case("example 2", [_a([0.3, 0.4])], 1.0),
        case("example 3", [_a([[0.0, 0.0]]), _a([0.0])], 2.0),
    ]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single scalar-like array", [_a([-10.0])], 2.5),
        case("norm exactly max_norm", [_a([3.0, 4.0])], 5.0),
        case(
            "all zeros, several arrays", [np.zeros((2, 3)), np.zeros(4), np.zeros((1, 1, 2))], 0.5
        ),
        # Per-array clipping would leave the small array alone and change the direction.
        case("one large array, one small", [_a([30.0, 40.0]), _a([0.1, -0.2])], 5.0),
        # Each array is under max_norm on its own; together they are not.
        case(
            "every array small, global norm large", [_a([0.8, 0.0]), _a([0.0, 0.8]), _a([0.8])], 1.0
        ),
        case("tiny gradient, below the limit", [1e-8 * rng.normal(size=(3, 3))], 1.0),
        case("huge gradient", [1e6 * rng.normal(size=(4, 5)), 1e6 * rng.normal(size=7)], 1.0),
        case("tiny max_norm", [rng.normal(size=10)], 1e-6),
        case(
            "mixed shapes",
            [rng.normal(size=(2, 3, 4)), rng.normal(size=(5,)), rng.normal(size=(1, 6))],
            3.0,
        ),
    ]
    for k in range(8):
        count = int(rng.integers(1, 8))
        grads = [
            float(10.0 ** rng.uniform(-3, 2))
            * rng.normal(size=tuple(rng.integers(1, 6, size=int(rng.integers(1, 4)))))
            for _ in range(count)
        ]
        cases.append(case(f"random {k + 1}", grads, float(10.0 ** rng.uniform(-1, 2))))
    big = [rng.normal(size=(1000, 1000)), rng.normal(size=(1000,)), rng.normal(size=(500, 1000))]
    cases.append(case("1.5 million parameters", big, 100.0))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
