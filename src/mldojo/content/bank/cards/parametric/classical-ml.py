"""Parametric cards on classical ML: distances, trees, linear models, clustering and PCA."""

import math

from mldojo.content.cards import parametric

DECK = "classical-ml"




def _show(values):
    return ", ".join(f"{v:g}" for v in values)


def _quietly(fit, *args):
    """Call fit(*args) with scikit-learn's convergence warnings silenced: the oracle datasets are
    tiny and the fits only need to produce arrays of the right shapes."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit(*args)


# -- distances -----------------------------------------------------------------------------------


def _two_points(rng):
    a = [rng.randint(-10, 10) for _ in range(4)]
    b = [rng.randint(-10, 10) for _ in range(4)]
    if a == b:
        b[0] += 1
    return {"a": a, "b": b, "a_text": _show(a), "b_text": _show(b)}


def _euclidean_oracle(p):
    from sklearn.metrics.pairwise import euclidean_distances

    return float(euclidean_distances([p["a"]], [p["b"]])[0, 0])


def _manhattan_oracle(p):
    from scipy.spatial.distance import cityblock

    return float(cityblock(p["a"], p["b"]))


# -- k-NN regression -----------------------------------------------------------------------------


def _knn_data(rng):
    xs = sorted(rng.sample(range(0, 30), 7))
    ys = [rng.randint(10, 99) for _ in xs]
    query = round(rng.uniform(xs[1], xs[-2]), 0) + rng.choice([0.3, 0.6])
    k = rng.choice([2, 3, 4])
    return {
        "xs": xs, "ys": ys, "query": query, "k": k,
        "pairs": ", ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True)),
    }  # fmt: skip


def _knn_answer(p):
    by_distance = sorted(zip(p["xs"], p["ys"], strict=True), key=lambda xy: abs(xy[0] - p["query"]))
    return sum(y for _, y in by_distance[: p["k"]]) / p["k"]


def _knn_oracle(p):
    from sklearn.neighbors import KNeighborsRegressor

    model = KNeighborsRegressor(n_neighbors=p["k"]).fit([[x] for x in p["xs"]], p["ys"])
    return float(model.predict([[p["query"]]])[0])


# -- decision-tree impurities --------------------------------------------------------------------


def _node(rng):
    counts = [rng.randint(1, 60) for _ in range(3)]
    return {"counts": counts, "a": counts[0], "b": counts[1], "c": counts[2]}


def _gini(counts):
    total = sum(counts)
    return 1 - sum((c / total) ** 2 for c in counts)


def _gini_node_oracle(p):
    # Let a decision tree report the impurity of its root node for these labels.
    import numpy as np
    from sklearn.tree import DecisionTreeClassifier

    labels = np.repeat([0, 1, 2], p["counts"])
    tree = DecisionTreeClassifier(max_depth=1).fit(np.zeros((labels.size, 1)), labels)
    return float(tree.tree_.impurity[0])


def _split(rng):
    return {
        "lp": rng.randint(0, 40), "ln": rng.randint(1, 40),
        "rp": rng.randint(1, 40), "rn": rng.randint(0, 40),
    }  # fmt: skip


def _entropy2(pos, neg):
    total = pos + neg
    return -sum(c / total * math.log2(c / total) for c in (pos, neg) if c)


def _information_gain(p):
    pos, neg = p["lp"] + p["rp"], p["ln"] + p["rn"]
    left, right = p["lp"] + p["ln"], p["rp"] + p["rn"]
    children = (left * _entropy2(p["lp"], p["ln"]) + right * _entropy2(p["rp"], p["rn"])) / (
        left + right
    )
    return _entropy2(pos, neg) - children


def _information_gain_oracle(p):
    import numpy as np
    from scipy.stats import entropy

    left = np.array([p["lp"], p["ln"]], float)
    right = np.array([p["rp"], p["rn"]], float)
    parent = left + right
    weights = np.array([left.sum(), right.sum()]) / parent.sum()
    children = weights @ [entropy(left, base=2), entropy(right, base=2)]
    return float(entropy(parent, base=2) - children)


def _gini_gain(p):
    pos, neg = p["lp"] + p["rp"], p["ln"] + p["rn"]
    left, right = p["lp"] + p["ln"], p["rp"] + p["rn"]
    weighted = (left * _gini([p["lp"], p["ln"]]) + right * _gini([p["rp"], p["rn"]])) / (
        left + right
    )
    return _gini([pos, neg]) - weighted


def _gini_gain_oracle(p):
    # Build labelled rows for each side and measure impurities from the label arrays.
    import numpy as np

    def impurity(labels):
        share = np.bincount(labels, minlength=2) / labels.size
        return 1 - np.sum(share**2)

    left = np.repeat([1, 0], [p["lp"], p["ln"]])
    right = np.repeat([1, 0], [p["rp"], p["rn"]])
    parent = np.concatenate([left, right])
    weighted = (left.size * impurity(left) + right.size * impurity(right)) / parent.size
    return float(impurity(parent) - weighted)


# -- linear models -------------------------------------------------------------------------------


def _ridge_data(rng):
    x = [[rng.randint(-3, 3) for _ in range(2)] for _ in range(3)]
    y = [rng.randint(-5, 5) for _ in range(3)]
    w = [round(rng.uniform(-2, 2), 1) + 0.0 for _ in range(2)]
    rows = "; ".join(f"x = ({r[0]}, {r[1]}), y = {t}" for r, t in zip(x, y, strict=True))
    return {"x": x, "y": y, "w": w, "lam": rng.choice([0.01, 0.1, 0.5, 1.0]), "rows": rows,
            "w_text": _show(w)}  # fmt: skip


def _ridge_loss(p):
    residuals = [
        sum(wi * xi for wi, xi in zip(p["w"], row, strict=True)) - t
        for row, t in zip(p["x"], p["y"], strict=True)
    ]
    mse = sum(r * r for r in residuals) / len(residuals)
    return mse + p["lam"] * sum(wi * wi for wi in p["w"])


def _ridge_oracle(p):
    import numpy as np
    from sklearn.metrics import mean_squared_error

    w = np.array(p["w"])
    predictions = np.array(p["x"], float) @ w
    return float(mean_squared_error(p["y"], predictions) + p["lam"] * np.dot(w, w))


def _multinomial(rng):
    return {"d": rng.choice([4, 10, 20, 64, 100, 300]), "k": rng.randint(3, 12)}


def _multinomial_oracle(p):
    # Fit a softmax logistic regression on a tiny random dataset and count its parameters.
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    x = rng.normal(size=(3 * p["k"], p["d"]))
    y = np.arange(3 * p["k"]) % p["k"]
    model = _quietly(LogisticRegression(max_iter=5).fit, x, y)
    return float(model.coef_.size + model.intercept_.size)


def _logistic(rng):
    w = [round(rng.uniform(-2, 2), 1) + 0.0 for _ in range(3)]
    x = [round(rng.uniform(-2, 2), 1) + 0.0 for _ in range(3)]
    return {"w": w, "x": x, "b": round(rng.uniform(-1, 1), 1) + 0.0, "w_text": _show(w),
            "x_text": _show(x)}  # fmt: skip


def _logistic_answer(p):
    z = sum(a * b for a, b in zip(p["w"], p["x"], strict=True)) + p["b"]
    return 1 / (1 + math.exp(-z))


def _logistic_oracle(p):
    # Load the weights into an sklearn model and ask it for the class-1 probability.
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression()
    model.coef_ = np.array([p["w"]])
    model.intercept_ = np.array([p["b"]])
    model.classes_ = np.array([0, 1])
    return float(model.predict_proba([p["x"]])[0, 1])


def _points(rng):
    xs = sorted(rng.sample(range(0, 20), 5))
    ys = [round(2 * x * rng.uniform(-1, 1) + rng.uniform(-5, 5), 1) + 0.0 for x in xs]
    return {
        "xs": xs,
        "ys": ys,
        "pairs": ", ".join(f"({x}, {y:g})" for x, y in zip(xs, ys, strict=True)),
    }


def _slope(p):
    n = len(p["xs"])
    mx, my = sum(p["xs"]) / n, sum(p["ys"]) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(p["xs"], p["ys"], strict=True))
    var = sum((x - mx) ** 2 for x in p["xs"])
    return cov / var


def _slope_oracle(p):
    from sklearn.linear_model import LinearRegression

    return float(LinearRegression().fit([[x] for x in p["xs"]], p["ys"]).coef_[0])


def _predictions(rng):
    y = [rng.randint(0, 40) for _ in range(5)]
    if len(set(y)) == 1:
        y[0] += 3
    pred = [v + rng.randint(-6, 6) for v in y]
    return {"y": y, "pred": pred, "y_text": _show(y), "pred_text": _show(pred)}


def _r2(p):
    mean = sum(p["y"]) / len(p["y"])
    ss_res = sum((a - b) ** 2 for a, b in zip(p["y"], p["pred"], strict=True))
    ss_tot = sum((a - mean) ** 2 for a in p["y"])
    return 1 - ss_res / ss_tot


def _r2_oracle(p):
    from sklearn.metrics import r2_score

    return float(r2_score(p["y"], p["pred"]))


# -- k-means -------------------------------------------------------------------------------------


def _kmeans(rng):
    while True:
        xs = sorted(rng.sample(range(0, 30), 7))
        c1 = rng.randint(0, 12)
        c2 = c1 + rng.choice([5, 7, 9, 11, 13])  # odd gap: no point is equidistant
        near_first = [x for x in xs if abs(x - c1) < abs(x - c2)]
        if 0 < len(near_first) < len(xs):
            return {"xs": xs, "c1": c1, "c2": c2, "x_text": _show(xs)}


def _kmeans_answer(p):
    members = [x for x in p["xs"] if abs(x - p["c1"]) < abs(x - p["c2"])]
    return sum(members) / len(members)


def _kmeans_oracle(p):
    import numpy as np
    from sklearn.cluster import KMeans

    x = np.array(p["xs"], float)[:, None]
    init = np.array([[p["c1"]], [p["c2"]]], float)
    model = KMeans(n_clusters=2, init=init, n_init=1, max_iter=1).fit(x)
    return float(model.cluster_centers_[0, 0])


# -- PCA -----------------------------------------------------------------------------------------


def _covariance(rng):
    while True:
        a, c = rng.randint(1, 20), rng.randint(1, 20)
        b = rng.randint(-8, 8)
        if a * c - b * b > 0:
            return {"a": a, "b": b, "c": c}


def _explained(p):
    a, b, c = p["a"], p["b"], p["c"]
    top = (a + c) / 2 + math.sqrt(((a - c) / 2) ** 2 + b * b)
    return top / (a + c)


def _explained_oracle(p):
    # Fit PCA to data whose sample covariance is exactly the given matrix.
    import numpy as np
    from sklearn.decomposition import PCA

    cov = np.array([[p["a"], p["b"]], [p["b"], p["c"]]], float)
    z = np.array([[1, 1], [1, -1], [-1, 1], [-1, -1]], float) * np.sqrt(3 / 4)  # identity cov
    data = z @ np.linalg.cholesky(cov).T
    return float(PCA(n_components=2).fit(data).explained_variance_ratio_[0])


# -- polynomial features -------------------------------------------------------------------------


def _poly(rng):
    return {"d": rng.randint(2, 30), "degree": rng.choice([2, 3])}


def _poly_oracle(p):
    import numpy as np
    from sklearn.preprocessing import PolynomialFeatures

    return float(PolynomialFeatures(p["degree"]).fit(np.zeros((1, p["d"]))).n_output_features_)


# -- SVM margin ----------------------------------------------------------------------------------


def _hyperplane(rng):
    w = [rng.choice([-1, 1]) * rng.randint(1, 6), rng.choice([-1, 1]) * rng.randint(1, 6)]
    return {"w": w, "b": rng.randint(-5, 5), "w_text": _show(w)}


def _margin_oracle(p):
    # Take one point on each of w·x + b = ±1 and measure their gap along the unit normal.
    import numpy as np

    w = np.array(p["w"], float)
    on_plus = w * (1 - p["b"]) / w.dot(w)
    on_minus = w * (-1 - p["b"]) / w.dot(w)
    return float(abs((on_plus - on_minus) @ (w / np.linalg.norm(w))))


CARDS = [
    parametric(
        id="7bd1e8d5-3448-40c1-96bd-7258138f9fb0",
        slug="euclidean-distance-between-points",
        skill="classical-ml",
        topics=["knn", "distance-metrics"],
        prompt=(
            "What is the Euclidean distance between the feature vectors ({a_text}) and "
            "({b_text})? (3 decimal places)"
        ),
        generate=_two_points,
        answer=lambda p: math.dist(p["a"], p["b"]),
        oracle=_euclidean_oracle,
        explanation="√(Σ (aᵢ − bᵢ)²): the length of the difference vector.",
        decimals=3,
    ),
    parametric(
        id="e2198720-5b1e-4032-b3da-4c6acc246bd9",
        slug="manhattan-distance-between-points",
        skill="classical-ml",
        topics=["knn", "distance-metrics"],
        prompt=(
            "What is the Manhattan (L1) distance between ({a_text}) and ({b_text})? (an integer)"
        ),
        generate=_two_points,
        answer=lambda p: sum(abs(x - y) for x, y in zip(p["a"], p["b"], strict=True)),
        oracle=_manhattan_oracle,
        explanation="Σ |aᵢ − bᵢ|: add the absolute coordinate differences, as if walking a grid.",
        decimals=0,
    ),
    parametric(
        id="21d1b4a2-a6b8-4f13-81f3-4c775efa4d2d",
        slug="knn-regression-prediction",
        skill="classical-ml",
        topics=["knn", "regression"],
        prompt=(
            "Training points (x, y): {pairs}. What does k-nearest-neighbours regression with "
            "k = {k} and uniform weights predict at x = {query}? (2 decimal places)"
        ),
        generate=_knn_data,
        answer=_knn_answer,
        oracle=_knn_oracle,
        explanation="Find the k training x closest to the query and average their y values.",
        decimals=2,
    ),
    parametric(
        id="5b9e27b7-a2be-4f70-9f18-0818d5b50ae1",
        slug="gini-impurity-of-node",
        skill="classical-ml",
        topics=["decision-trees", "impurity"],
        prompt=(
            "A decision-tree node holds {a} samples of class A, {b} of class B and {c} of "
            "class C. What is its Gini impurity? (3 decimal places)"
        ),
        generate=_node,
        answer=lambda p: _gini(p["counts"]),
        oracle=_gini_node_oracle,
        explanation=(
            "Gini = 1 − Σ pₖ²: the chance two random draws from the node disagree in class."
        ),
        decimals=3,
    ),
    parametric(
        id="e1bea102-efb6-40be-bdf9-3e245e43dc13",
        slug="information-gain-of-split",
        skill="classical-ml",
        topics=["decision-trees", "entropy"],
        prompt=(
            "A split sends {lp} positives and {ln} negatives left, and {rp} positives and {rn} "
            "negatives right. What is its information gain in bits? (4 decimal places)"
        ),
        generate=_split,
        answer=_information_gain,
        oracle=_information_gain_oracle,
        explanation=(
            "Gain = H(parent) − Σ (n_child/n)·H(child), with H the binary entropy in bits of each "
            "node's class shares."
        ),
        units="bits",
        decimals=4,
    ),
    parametric(
        id="dc7e3f52-5561-4083-a4ba-b99b33b46b6a",
        slug="gini-decrease-of-split",
        skill="classical-ml",
        topics=["decision-trees", "impurity"],
        prompt=(
            "A split sends {lp} positives and {ln} negatives left, and {rp} positives and {rn} "
            "negatives right. By how much does it reduce the Gini impurity (parent minus "
            "size-weighted children)? (4 decimal places)"
        ),
        generate=_split,
        answer=_gini_gain,
        oracle=_gini_gain_oracle,
        explanation=(
            "Compute 1 − Σ p² for the parent and for each child, then subtract the children's "
            "average weighted by their sample counts from the parent's value."
        ),
        decimals=4,
    ),
    parametric(
        id="2f7d4c59-2bd8-4800-855b-24f718c20196",
        slug="ridge-regularised-loss-value",
        skill="classical-ml",
        topics=["regularisation", "linear-regression"],
        prompt=(
            "A linear model without intercept has weights w = ({w_text}). The data are {rows}. "
            "What is the loss MSE + λ‖w‖² with λ = {lam}? (3 decimal places)"
        ),
        generate=_ridge_data,
        answer=_ridge_loss,
        oracle=_ridge_oracle,
        explanation=(
            "Average the squared residuals w·x − y over the rows, then add λ times the sum of "
            "squared weights."
        ),
        decimals=3,
    ),
    parametric(
        id="c40352a5-8447-485d-ad66-3ae2faf73647",
        slug="multinomial-logistic-parameter-count",
        skill="classical-ml",
        topics=["logistic-regression", "parameter-count"],
        prompt=(
            "A softmax (multinomial) logistic regression has {d} input features and {k} classes, "
            "with one weight vector and one bias per class. How many parameters does it have?"
        ),
        generate=_multinomial,
        answer=lambda p: p["k"] * (p["d"] + 1),
        oracle=_multinomial_oracle,
        explanation="Each class has d weights and a bias: k·(d + 1).",
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="e6058316-82fa-46cc-85a4-77c306c91f6c",
        slug="logistic-regression-probability",
        skill="classical-ml",
        topics=["logistic-regression"],
        prompt=(
            "A logistic regression has weights ({w_text}) and bias {b}. What probability of "
            "class 1 does it give the input ({x_text})? (3 decimal places)"
        ),
        generate=_logistic,
        answer=_logistic_answer,
        oracle=_logistic_oracle,
        explanation="p = σ(w·x + b) = 1/(1 + e^−(w·x + b)): a linear score squashed into (0, 1).",
        decimals=3,
    ),
    parametric(
        id="b942b2a1-d321-4b5f-9d38-951b679195ea",
        slug="least-squares-slope",
        skill="classical-ml",
        topics=["linear-regression"],
        prompt=(
            "Fit y = a + b·x by ordinary least squares to the points {pairs}. What is the "
            "slope b? (3 decimal places)"
        ),
        generate=_points,
        answer=_slope,
        oracle=_slope_oracle,
        explanation=(
            "b = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²: the sample covariance over the variance of x."
        ),
        decimals=3,
    ),
    parametric(
        id="ae408577-ac98-4a1b-b78b-1ad548d24778",
        slug="r-squared-from-predictions",
        skill="classical-ml",
        topics=["regression-metrics"],
        prompt=(
            "True values ({y_text}); predictions ({pred_text}). What is R²? (3 decimal places)"
        ),
        generate=_predictions,
        answer=_r2,
        oracle=_r2_oracle,
        explanation=(
            "R² = 1 − SS_res/SS_tot: the squared error left over, relative to predicting the mean "
            "of the true values; it can be negative."
        ),
        decimals=3,
    ),
    parametric(
        id="29687662-e74f-4112-af88-217f836fce3a",
        slug="kmeans-centroid-after-one-step",
        skill="classical-ml",
        topics=["k-means", "clustering"],
        prompt=(
            "1-D points {x_text} are clustered by k-means with starting centroids {c1} and "
            "{c2}. After one assignment step and one update step, where is the first centroid? "
            "(3 decimal places)"
        ),
        generate=_kmeans,
        answer=_kmeans_answer,
        oracle=_kmeans_oracle,
        explanation=(
            "Assign every point to its nearest centroid, then move each centroid to the mean of "
            "the points assigned to it."
        ),
        decimals=3,
    ),
    parametric(
        id="56929677-5f42-4de0-83cd-965ee1da734a",
        slug="pca-first-component-variance-share",
        skill="classical-ml",
        topics=["pca", "eigenvalues"],
        prompt=(
            "Two features have variances {a} and {c} and covariance {b}. What share of the "
            "total variance does the first principal component explain? (3 decimal places)"
        ),
        generate=_covariance,
        answer=_explained,
        oracle=_explained_oracle,
        explanation=(
            "The largest eigenvalue of the covariance matrix, (a + c)/2 + √(((a − c)/2)² + b²), "
            "divided by the trace a + c, the total variance."
        ),
        decimals=3,
    ),
    parametric(
        id="85b18ba5-b7f4-492a-947a-7d6446cc224f",
        slug="polynomial-feature-count",
        skill="classical-ml",
        topics=["feature-engineering"],
        prompt=(
            "A full polynomial expansion of degree {degree} of {d} input features keeps every "
            "monomial up to that degree, including the constant 1. How many output features "
            "does it make?"
        ),
        generate=_poly,
        answer=lambda p: math.comb(p["d"] + p["degree"], p["degree"]),
        oracle=_poly_oracle,
        explanation=(
            "Monomials of degree ≤ k in d variables number C(d + k, k), so the feature count "
            "grows like d^k."
        ),
        units="features",
        decimals=0,
    ),
    parametric(
        id="55c34cf3-1874-4f9c-8551-3b821df61b2e",
        slug="svm-margin-width",
        skill="classical-ml",
        topics=["svm"],
        prompt=(
            "A linear SVM has w = ({w_text}) and b = {b}. How wide is the margin between the "
            "hyperplanes w·x + b = +1 and w·x + b = −1? (3 decimal places)"
        ),
        generate=_hyperplane,
        answer=lambda p: 2 / math.hypot(*p["w"]),
        oracle=_margin_oracle,
        explanation=(
            "The two hyperplanes are 2/‖w‖ apart, which is why maximising the margin means "
            "minimising ‖w‖; b only shifts them."
        ),
        decimals=3,
    ),
]
