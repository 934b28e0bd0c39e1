import numpy as np

from mldojo.content.testing import case


def _test_counts(y, test_fraction):
    # Independent oracle: plain Python counting, rounding each class's share half up.
    counts = {}
    for label in y.tolist():
        counts[label] = counts.get(label, 0) + 1
    labels = sorted(counts)
    return (
        np.array(labels, dtype=np.int64),
        np.array([int(test_fraction * counts[label] + 0.5) for label in labels], dtype=np.int64),
    )


def _away_from_halves(y, test_fraction):
    # The statement promises f * n_c is never halfway between two integers; nudge f until true.
    sizes = np.unique(y, return_counts=True)[1]
    while np.any(np.abs((test_fraction * sizes) % 1.0 - 0.5) < 1e-6):
        test_fraction += 1e-5
    return test_fraction


def _indices(value, name, n):
    try:
        array = np.asarray(value)
    except (TypeError, ValueError):
        return None, f"{name} is a {type(value).__name__}, expected a 1-D integer array"
    if array.ndim != 1:
        return None, f"{name} has shape {array.shape}, expected a 1-D array of row indices"
    if array.size and array.dtype.kind == "f":
        if not np.all(np.isfinite(array)) or not np.all(array == np.round(array)):
            return None, f"{name} holds non-integer values; return row indices (integers)"
        array = array.astype(np.int64)
    elif array.size and array.dtype.kind not in "iu":
        return None, f"{name} has dtype {array.dtype}, expected integer row indices"
    array = array.astype(np.int64)
    if array.size and (array.min() < 0 or array.max() >= n):
        return (
            None,
            f"{name} holds index {int(array[(array < 0) | (array >= n)][0])}, outside [0, {n})",
        )
    return array, None


def check(args, expected, actual):
    """Accept any split with the right per-class test counts that partitions the rows."""
    y, test_fraction, _ = args
    n = len(y)
    if not isinstance(actual, list | tuple) or len(actual) != 2:
        return "return a tuple (train_idx, test_idx)"
    train, problem = _indices(actual[0], "train_idx", n)
    if problem:
        return problem
    test, problem = _indices(actual[1], "test_idx", n)
    if problem:
        return problem
    for name, part in (("train_idx", train), ("test_idx", test)):
        values, counts = np.unique(part, return_counts=True)
        if (counts > 1).any():
            return (
                f"row {int(values[counts > 1][0])} appears {int(counts.max())} times in {name}; "
                "draw without replacement (a permutation), not with rng.choice's default replace=True"
            )
    both = np.intersect1d(train, test)
    if both.size:
        return (
            f"row {int(both[0])} is in both train_idx and test_idx; the two sets must be disjoint"
        )
    missing = np.setdiff1d(np.arange(n), np.concatenate([train, test]))
    if missing.size:
        return f"row {int(missing[0])} is in neither train_idx nor test_idx; every row goes to exactly one side"
    for label, want in zip(
        np.asarray(expected[0]).tolist(), np.asarray(expected[1]).tolist(), strict=True
    ):
        got = int((y[test] == label).sum())
        if got != want:
            n_c = int((y == label).sum())
            if got == int(test_fraction * n_c) != want:
                return (
                    f"class {label} has {got} of its {n_c} rows in test_idx, expected {want}: "
                    f"{test_fraction} * {n_c} = {test_fraction * n_c:.4g} must be rounded to the "
                    "nearest integer, not truncated"
                )
            return (
                f"class {label} has {got} of its {n_c} rows in test_idx, expected {want} = "
                f"floor({test_fraction} * {n_c} + 0.5); split each class separately so the test set "
                "keeps the class proportions"
            )
    return None


def _i(values):
    return np.array(values, dtype=np.int64)


def _labelled(rng, sizes, labels=None):
    labels = list(range(len(sizes))) if labels is None else labels
    y = np.repeat(np.array(labels, dtype=np.int64), sizes)
    return y[rng.permutation(len(y))]


def public():
    cases = [
        case("example 1", _i([0, 0, 0, 0, 1, 1, 1, 1]), 0.25, 0),
        case("example 2", _i([5, 5, 5, 5, 5, 5, 5, 5, 5, 9]), 0.2, 7),
        case("example 3", _i([2, 0, 1, 2, 0, 1, 2, 0, 1, 2]), 0.6, 42),
    ]
    return [case(c.name, *c.args, expected=_test_counts(c.args[0], c.args[1])) for c in cases]


def hidden(seed):
    rng = np.random.default_rng(seed)
    cases = [
        case("single row", _i([3]), 0.3, 1),
        case("single row, large fraction", _i([3]), 0.7, 1),
        case("one class", _i([4] * 10), 0.3, 2),
        case("every class a singleton", _i([0, 1, 2, 3, 4]), 0.8, 3),
        case("fraction near 0", _labelled(rng, [20, 30]), 0.01, 4),
        case("fraction near 1", _labelled(rng, [20, 30]), 0.99, 5),
        case("rare class", _labelled(rng, [97, 3]), 0.2, 6),
        case("rounding up per class", _labelled(rng, [7, 7, 7]), 0.1, 7),
        case("negative and sparse labels", _labelled(rng, [6, 9, 13], [-4, 10, 1000]), 0.4, 8),
        case("sorted labels", np.sort(_labelled(rng, [50, 30, 20])), 0.3, 9),
        case("imbalanced, many classes", _labelled(rng, [500, 40, 17, 9, 3, 1, 1]), 0.35, 10),
    ]
    for k in range(8):
        sizes = rng.integers(1, 200, size=int(rng.integers(2, 12))).tolist()
        labels = sorted(rng.choice(1000, size=len(sizes), replace=False).tolist())
        fraction = round(float(rng.uniform(0.05, 0.95)), 3) + 1e-4
        cases.append(
            case(
                f"random {k + 1}",
                _labelled(rng, sizes, labels),
                fraction,
                int(rng.integers(0, 10**6)),
            )
        )
    cases.append(
        case("large", _labelled(rng, rng.integers(1, 20000, size=50).tolist()), 0.2501, 11)
    )
    cases = [case(c.name, c.args[0], _away_from_halves(*c.args[:2]), c.args[2]) for c in cases]
    return [case(c.name, *c.args, expected=_test_counts(c.args[0], c.args[1])) for c in cases]
