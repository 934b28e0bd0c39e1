import numpy as np
from sklearn.naive_bayes import MultinomialNB

from mldojo.content.testing import case

RTOL = 1e-6
ATOL = 1e-9


def _oracle(X_train, y_train, X_test, alpha):
    model = MultinomialNB(alpha=alpha, force_alpha=True).fit(X_train, y_train)
    return model.predict(X_test).astype(np.int64), model.predict_proba(X_test)


def check(args, expected, actual):
    """Compare labels exactly and posteriors within tolerance; explain nan and wrong shapes."""
    want_labels, want_proba = (np.asarray(e) for e in expected)
    if not isinstance(actual, list | tuple) or len(actual) != 2:
        return "return a tuple (labels, proba)"
    try:
        labels = np.asarray(actual[0])
        proba = np.asarray(actual[1], dtype=np.float64)
    except (TypeError, ValueError):
        return "labels and proba must be arrays of numbers"
    if proba.shape != want_proba.shape:
        return f"proba has shape {proba.shape} but expected {want_proba.shape} (one column per class, in increasing label order)"
    if not np.all(np.isfinite(proba)):
        row = int(np.argwhere(~np.isfinite(proba))[0][0])
        return (
            f"proba row {row} contains nan or inf: the per-class likelihoods underflowed to 0 "
            "(0 / 0 = nan); work with sums of logs, X_test @ log(theta).T, and subtract each row's "
            "maximum before exponentiating"
        )
    if labels.shape != want_labels.shape:
        return f"labels has shape {labels.shape} but expected {want_labels.shape}"
    if labels.dtype.kind == "f" and np.all(labels == np.round(labels)):
        labels = labels.astype(np.int64)
    if labels.dtype.kind not in "iu":
        return f"labels has dtype {labels.dtype}; return the class labels as integers"
    close = np.isclose(proba, want_proba, rtol=RTOL, atol=ATOL)
    if not close.all():
        i, j = (int(v) for v in np.argwhere(~close)[0])
        sums = proba.sum(axis=1)
        if not np.allclose(sums, 1.0, rtol=1e-6):
            return f"proba row {int(np.argmax(np.abs(sums - 1)))} sums to {sums.max():.6g}, not 1: normalise each row"
        return (
            f"proba[{i}, {j}] is {float(proba[i, j])!r} but expected {float(want_proba[i, j])!r} "
            f"(rtol {RTOL:g}, atol {ATOL:g}); {int((~close).sum())} of {proba.size} values differ"
        )
    wrong = labels != want_labels
    if wrong.any():
        i = int(np.argmax(wrong))
        return f"labels[{i}] is {int(labels[i])} but expected {int(want_labels[i])} (return the labels themselves, not their positions)"
    return None


def _a(rows):
    return np.array(rows, dtype=np.float64)


def _i(values):
    return np.array(values, dtype=np.int64)


def _corpus(rng, n, d, labels, length):
    # Each class draws documents from its own word distribution.
    theta = rng.dirichlet(np.full(d, 0.5), size=len(labels))
    which = rng.integers(0, len(labels), size=n)
    which[: len(labels)] = np.arange(len(labels))  # every class appears
    lengths = rng.integers(1, length + 1, size=n)
    X = np.array([rng.multinomial(lengths[i], theta[which[i]]) for i in range(n)], dtype=np.float64)
    return X, np.asarray(labels, dtype=np.int64)[which], theta


def _documents(rng, theta, m, length):
    rows = rng.integers(0, len(theta), size=m)
    return np.array([rng.multinomial(length, theta[r]) for r in rows], dtype=np.float64)


def public():
    cases = [
        case("example 1", _a([[2, 0], [0, 2]]), _i([0, 1]), _a([[1, 0], [0, 1]]), 1.0),
        case("example 2", _a([[3, 1], [1, 3], [3, 1]]), _i([5, 9, 5]), _a([[1, 1]]), 1.0),
        case("example 3", _a([[10, 0, 0], [0, 10, 0]]), _i([0, 1]), _a([[0, 0, 3]]), 0.5),
    ]
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]


def hidden(seed):
    rng = np.random.default_rng(seed)
    X, y, theta = _corpus(rng, 60, 40, [0, 1, 2], 50)
    long_docs = _documents(rng, theta, 5, 5000)
    Xw, yw, thetaw = _corpus(rng, 80, 200, [3, 8], 100)
    cases = [
        case("one class", _a([[1, 2], [3, 0]]), _i([7, 7]), _a([[5, 5], [0, 1]]), 1.0),
        case(
            "single training row per class",
            _a([[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
            _i([0, 1, 2]),
            _a([[2, 1, 0], [0, 0, 0]]),
            1.0,
        ),
        case(
            "empty test document: priors decide",
            _a([[1, 1], [1, 1], [2, 0]]),
            _i([0, 0, 1]),
            _a([[0, 0]]),
            1.0,
        ),
        case(
            "feature never seen in a class",
            _a([[5, 0, 1], [0, 4, 1]]),
            _i([0, 1]),
            _a([[0, 1, 0], [3, 0, 2]]),
            0.01,
        ),
        case("long documents underflow a naive product", X, y, long_docs, 1.0),
        case("many features, long documents", Xw, yw, _documents(rng, thetaw, 6, 20000), 0.5),
        case(
            "imbalanced classes",
            *_corpus(rng, 100, 10, [0, 1], 20)[:2],
            rng.integers(0, 5, size=(10, 10)).astype(np.float64),
            1.0,
        ),
        case(
            "large alpha",
            *_corpus(rng, 30, 8, [1, 2, 4], 10)[:2],
            rng.integers(0, 4, size=(6, 8)).astype(np.float64),
            10.0,
        ),
        case(
            "labels not starting at 0",
            *_corpus(rng, 40, 6, [11, 3, 20], 15)[:2],
            rng.integers(0, 6, size=(8, 6)).astype(np.float64),
            1.0,
        ),
    ]
    for k in range(8):
        d = int(rng.integers(2, 60))
        labels = sorted(rng.choice(20, size=int(rng.integers(2, 6)), replace=False).tolist())
        Xr, yr, thetar = _corpus(
            rng, int(rng.integers(10, 200)), d, labels, int(rng.integers(5, 100))
        )
        docs = _documents(rng, thetar, int(rng.integers(1, 40)), int(rng.integers(1, 400)))
        cases.append(case(f"random {k + 1}", Xr, yr, docs, float(10.0 ** rng.uniform(-2, 1))))
    Xl, yl, thetal = _corpus(rng, 2000, 1000, list(range(10)), 200)
    cases.append(case("large", Xl, yl, _documents(rng, thetal, 1000, 300), 1.0))
    return [case(c.name, *c.args, expected=_oracle(*c.args)) for c in cases]
