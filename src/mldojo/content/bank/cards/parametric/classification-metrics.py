"""Parametric cards on classification metrics computed from confusion-matrix counts."""

from mldojo.content.cards import parametric

DECK = "metrics-and-evaluation"


def _counts(rng):
    tp = rng.randint(5, 400)
    fp = rng.randint(0, 300)
    fn = rng.randint(1, 300)
    tn = rng.randint(50, 5000)
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn}


def _sklearn_metric(name):
    def oracle(p):
        import numpy as np
        from sklearn import metrics

        y_true = np.repeat([1, 0, 1, 0], [p["tp"], p["fp"], p["fn"], p["tn"]])
        y_pred = np.repeat([1, 1, 0, 0], [p["tp"], p["fp"], p["fn"], p["tn"]])
        scorer = {
            "precision": metrics.precision_score,
            "recall": metrics.recall_score,
            "f1": metrics.f1_score,
        }[name]
        return float(scorer(y_true, y_pred, zero_division=0))

    return oracle


CARDS = [
    parametric(
        id="5b0d3a41-7c6e-4f2b-9a18-3e5d7c9b1a01",
        slug="precision-from-counts",
        skill="ml-workflow",
        topics=["classification-metrics"],
        prompt=(
            "A classifier produced {tp} true positives, {fp} false positives, {fn} false "
            "negatives and {tn} true negatives. What is its precision? (3 decimal places)"
        ),
        generate=_counts,
        answer=lambda p: p["tp"] / (p["tp"] + p["fp"]),
        oracle=_sklearn_metric("precision"),
        explanation="Precision = TP / (TP + FP): the share of predicted positives that are right.",
        decimals=3,
    ),
    parametric(
        id="5b0d3a41-7c6e-4f2b-9a18-3e5d7c9b1a02",
        slug="recall-from-counts",
        skill="ml-workflow",
        topics=["classification-metrics"],
        prompt=(
            "A classifier produced {tp} true positives, {fp} false positives, {fn} false "
            "negatives and {tn} true negatives. What is its recall? (3 decimal places)"
        ),
        generate=_counts,
        answer=lambda p: p["tp"] / (p["tp"] + p["fn"]),
        oracle=_sklearn_metric("recall"),
        explanation="Recall = TP / (TP + FN): the share of actual positives that are found.",
        decimals=3,
    ),
    parametric(
        id="5b0d3a41-7c6e-4f2b-9a18-3e5d7c9b1a03",
        slug="f1-from-counts",
        skill="ml-workflow",
        topics=["classification-metrics"],
        prompt=(
            "A classifier produced {tp} true positives, {fp} false positives, {fn} false "
            "negatives and {tn} true negatives. What is its F1 score? (3 decimal places)"
        ),
        generate=_counts,
        answer=lambda p: 2 * p["tp"] / (2 * p["tp"] + p["fp"] + p["fn"]),
        oracle=_sklearn_metric("f1"),
        explanation=(
            "F1 is the harmonic mean of precision and recall, which simplifies to "
            "2·TP / (2·TP + FP + FN); true negatives do not enter it."
        ),
        decimals=3,
    ),
]
