import numpy as np

from mldojo.content.testing import case

VEC_ATOL = 1e-6
VAL_RTOL = 1e-6


def _oracle(A):
    # Independent: LAPACK's symmetric eigensolver, then the largest |eigenvalue| and the sign rule.
    values, vectors = np.linalg.eigh(A)
    k = int(np.argmax(np.abs(values)))
    v = vectors[:, k]
    v = v if v[np.argmax(np.abs(v))] > 0 else -v
    return float(values[k]), v


def check(args, expected, actual):
    """Judge the eigenvalue and the unit eigenvector under the sign convention, with hints."""
    (A,) = args
    want_value, want = float(expected[0]), np.asarray(expected[1], dtype=np.float64)
    if not isinstance(actual, list | tuple) or len(actual) != 2:
        return "return a tuple (eigenvalue, eigenvector)"
    try:
        value = float(np.asarray(actual[0], dtype=np.float64).reshape(()))
        v = np.asarray(actual[1], dtype=np.float64)
    except (TypeError, ValueError):
        return "the eigenvalue must be a number and the eigenvector an array of numbers"
    if v.shape != want.shape:
        return f"eigenvector has shape {v.shape} but expected {want.shape}"
    if not np.all(np.isfinite(v)) or not np.isfinite(value):
        return "nan or inf in the answer: rescale the vector to unit length at every step"
    norm = float(np.linalg.norm(v))
    if abs(norm - 1.0) > 1e-6:
        return f"the eigenvector has length {norm:.6g}; return it with unit (Euclidean) length"
    scale = max(1.0, float(np.abs(A).max(initial=0.0)))
    if abs(value - want_value) > VAL_RTOL * abs(want_value) + 1e-9 * scale:
        if want_value < 0 and abs(value + want_value) <= VAL_RTOL * abs(want_value) + 1e-9 * scale:
            return (
                f"eigenvalue {value!r} but expected {want_value!r}: the dominant eigenvalue is "
                "negative; ||A v|| is only its magnitude, use the Rayleigh quotient v @ A @ v"
            )
        largest = float(np.linalg.eigvalsh(A)[-1])
        if abs(value - largest) <= VAL_RTOL * abs(largest) + 1e-9 * scale:
            return (
                f"eigenvalue {value!r} is the largest eigenvalue, but the dominant one is the "
                f"largest in absolute value: {want_value!r}"
            )
        residual = float(np.linalg.norm(A @ v - value * v))
        return (
            f"eigenvalue {value!r} but expected {want_value!r} (||A v - value v|| = {residual:.3g}); "
            "iterate until the vector stops changing instead of a fixed number of steps"
        )
    if np.allclose(v, want, rtol=0.0, atol=VEC_ATOL):
        return None
    if np.allclose(v, -want, rtol=0.0, atol=VEC_ATOL):
        i = int(np.argmax(np.abs(v)))
        return (
            f"the eigenvector has the wrong sign: its largest-magnitude entry v[{i}] = {v[i]:.6g} "
            "must be positive (multiply by -1)"
        )
    gap = float(np.min([np.linalg.norm(v - want), np.linalg.norm(v + want)]))
    return (
        f"the eigenvector is {gap:.3g} away from the dominant one (up to sign); it has not "
        "converged: iterate until successive vectors differ by less than 1e-12"
    )


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _symmetric(rng, n, values):
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    A = (q * values) @ q.T
    return (A + A.T) / 2.0


def _spectrum(rng, n, ratio, negative=False, scale=1.0):
    # Dominant eigenvalue of magnitude `scale`, all others at most `ratio` times as large.
    rest = rng.uniform(-ratio, ratio, size=n - 1) * scale
    rest[0] = ratio * scale * rng.choice([-1.0, 1.0])
    top = -scale if negative else scale
    return np.concatenate([[top], rest])


def _clear(rng, n, ratio, negative=False, scale=1.0):
    # Regenerate until the dominant eigenvector's largest entry is unambiguous and not
    # orthogonal to the all-ones start vector.
    while True:
        A = _symmetric(rng, n, _spectrum(rng, n, ratio, negative, scale))
        v = _oracle(A)[1]
        top2 = np.sort(np.abs(v))[-2:] if n > 1 else np.array([0.0, 1.0])
        if top2[1] - top2[0] > 1e-3 and abs(v.sum()) > 1e-2:
            return A


def public():
    cases = [
        case("example 1", _a([[2, 0], [0, 1]])),
        case("example 2", _a([[2, 1], [1, 3]])),
        case("example 3", _a([[-4, 0], [0, 1]])),
    ]
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("1x1", _a([[-2.5]])),
        case("dominant eigenvector is a basis vector", _a([[1, 0, 0], [0, 3, 0], [0, 0, -2]])),
        case("negative dominant eigenvalue", _clear(rng, 6, 0.5, negative=True)),
        case("largest eigenvalue is not the dominant one", _a([[1, 0.5], [0.5, -5]])),
        case("largest entry negative at first", _a([[1, -2], [-2, 1]]) + _a([[0.5, 0], [0, 0]])),
        case("slow convergence: ratio 0.9", _clear(rng, 20, 0.9)),
        case("slow convergence, negative", _clear(rng, 15, 0.9, negative=True)),
        case("large scale", _clear(rng, 10, 0.5, scale=1e6)),
        case("small scale", _clear(rng, 10, 0.5, scale=1e-4)),
        case("positive matrix", _a([[4, 1, 2], [1, 3, 1], [2, 1, 5]])),
    ]
    for k in range(8):
        n = int(rng.integers(2, 60))
        cases.append(
            case(
                f"random {k + 1}",
                _clear(
                    rng,
                    n,
                    float(rng.uniform(0.2, 0.9)),
                    bool(k % 3 == 2),
                    float(10.0 ** rng.uniform(-2, 3)),
                ),
            )
        )
    cases.append(case("large", _clear(rng, 400, 0.8)))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
