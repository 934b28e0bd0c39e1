"""Parametric cards on probability: Bayes' rule, expectations and common distributions."""

import math

from mldojo.content.cards import parametric

DECK = "probability"




def _show(values):
    return ", ".join(f"{v:g}" for v in values)


# -- Bayes' rule for a diagnostic test -----------------------------------------------------------


def _diagnostic(rng):
    return {
        "prevalence": rng.choice([0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0]),
        "sensitivity": rng.choice([80, 85, 90, 92, 95, 98, 99]),
        "specificity": rng.choice([85, 90, 95, 97, 98, 99, 99.5, 99.9]),
    }


def _rates(p):
    return p["prevalence"] / 100, p["sensitivity"] / 100, p["specificity"] / 100


def _posterior_positive(p):
    prior, sens, spec = _rates(p)
    true_pos = prior * sens
    return true_pos / (true_pos + (1 - prior) * (1 - spec))


def _posterior_negative(p):
    prior, sens, spec = _rates(p)
    false_neg = prior * (1 - sens)
    return 100 * false_neg / (false_neg + (1 - prior) * spec)


def _joint_table(p):
    # Rows: sick, healthy. Columns: test positive, test negative.
    import numpy as np

    prior, sens, spec = _rates(p)
    likelihood = np.array([[sens, 1 - sens], [1 - spec, spec]])
    return np.array([prior, 1 - prior])[:, None] * likelihood


def _posterior_positive_oracle(p):
    joint = _joint_table(p)
    return float((joint / joint.sum(axis=0))[0, 0])


def _posterior_negative_oracle(p):
    joint = _joint_table(p)
    return float(100 * (joint / joint.sum(axis=0))[0, 1])


# -- expected value ------------------------------------------------------------------------------


def _discrete(rng):
    values = sorted(rng.sample(range(-20, 51, 5), 3))
    cut1 = rng.randint(5, 60)
    cut2 = rng.randint(cut1 + 5, 95)
    probs = [cut1 / 100, (cut2 - cut1) / 100, (100 - cut2) / 100]
    return {"values": values, "probs": probs, "v_text": _show(values), "p_text": _show(probs)}


def _expectation_oracle(p):
    from scipy.stats import rv_discrete

    return float(rv_discrete(values=(p["values"], p["probs"])).mean())


# -- binomial ------------------------------------------------------------------------------------


def _binomial_large(rng):
    return {"n": rng.choice([100, 200, 500, 1000, 2500]), "p": rng.choice(
        [0.01, 0.02, 0.05, 0.1, 0.25, 0.3, 0.5]
    )}  # fmt: skip


def _binomial_var_oracle(p):
    from scipy.stats import binom

    return float(binom(p["n"], p["p"]).var())


def _at_least_one(rng):
    p = rng.choice([0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2])
    return {"n": rng.randint(2, min(60, int(3 / p))), "p": p}


def _at_least_one_oracle(p):
    from scipy.stats import binom

    return float(binom.sf(0, p["n"], p["p"]))


def _binomial_small(rng):
    n = rng.randint(4, 20)
    p = rng.choice([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75])
    spread = 2 * math.sqrt(n * p * (1 - p))
    k = rng.randint(max(0, math.ceil(n * p - spread)), min(n, math.floor(n * p + spread)))
    return {"n": n, "k": k, "p": p}


def _binomial_pmf_oracle(p):
    from scipy.stats import binom

    return float(binom.pmf(p["k"], p["n"], p["p"]))


# -- Poisson -------------------------------------------------------------------------------------


def _poisson(rng):
    return {"lam": rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 6.0, 8.0]), "k": rng.randint(0, 8)}


def _poisson_oracle(p):
    from scipy.stats import poisson

    return float(poisson.pmf(p["k"], p["lam"]))


# -- union of independent events -----------------------------------------------------------------


def _two_events(rng):
    return {"pa": round(rng.uniform(0.05, 0.9), 2), "pb": round(rng.uniform(0.05, 0.9), 2)}


def _union_oracle(p):
    # Enumerate the four cells of the joint table and drop the one where neither happens.
    import numpy as np

    joint = np.outer([p["pa"], 1 - p["pa"]], [p["pb"], 1 - p["pb"]])
    return float(joint.sum() - joint[1, 1])


# -- variance of a sum of correlated variables ---------------------------------------------------


def _correlated(rng):
    return {
        "sx": rng.randint(1, 12),
        "sy": rng.randint(1, 12),
        "rho": rng.choice([-0.8, -0.5, -0.3, 0.0, 0.2, 0.4, 0.6, 0.9]),
    }


def _sum_variance_oracle(p):
    import numpy as np

    sd = np.array([p["sx"], p["sy"]], float)
    corr = np.array([[1.0, p["rho"]], [p["rho"], 1.0]])
    cov = corr * np.outer(sd, sd)
    ones = np.ones(2)
    return float(ones @ cov @ ones)


# -- normal tail ---------------------------------------------------------------------------------


def _normal(rng):
    mu = rng.choice([0, 10, 50, 100, 170])
    sigma = rng.choice([1, 2, 5, 10, 15])
    z = round(rng.uniform(-2.5, 3.0), 2)
    return {"mu": mu, "sigma": sigma, "x": round(mu + z * sigma, 1) + 0.0}


def _normal_tail(p):
    z = (p["x"] - p["mu"]) / p["sigma"]
    return 0.5 * math.erfc(z / math.sqrt(2))


def _normal_tail_oracle(p):
    from scipy.stats import norm

    return float(norm.sf(p["x"], loc=p["mu"], scale=p["sigma"]))


# -- hash collisions (the birthday problem) ------------------------------------------------------


def _collisions(rng):
    d = rng.choice([365, 1000, 2048, 10000])
    return {"n": rng.randint(5, min(60, int(2.8 * math.sqrt(d)))), "d": d}


def _collision_answer(p):
    all_distinct = 1.0
    for i in range(p["n"]):
        all_distinct *= (p["d"] - i) / p["d"]
    return 1 - all_distinct


def _collision_oracle(p):
    # Count ordered distinct assignments d!/(d − n)! with log-gamma, over dⁿ assignments.
    import numpy as np
    from scipy.special import gammaln

    n, d = p["n"], p["d"]
    log_distinct = gammaln(d + 1) - gammaln(d - n + 1) - n * np.log(d)
    return float(-np.expm1(log_distinct))


# -- continuous distributions --------------------------------------------------------------------


def _uniform(rng):
    a = rng.randint(-10, 10)
    return {"a": a, "b": a + rng.randint(1, 20)}


def _uniform_oracle(p):
    from scipy.stats import uniform

    return float(uniform(loc=p["a"], scale=p["b"] - p["a"]).var())


def _exponential(rng):
    return {"rate": rng.choice([0.5, 1.0, 2.0, 3.0, 4.0, 6.0]), "t": rng.choice(
        [0.1, 0.25, 0.5, 1.0, 1.5, 2.0]
    )}  # fmt: skip


def _exponential_oracle(p):
    from scipy.stats import expon

    return float(expon.sf(p["t"], scale=1 / p["rate"]))


CARDS = [
    parametric(
        id="2d401a3a-3005-4585-81ae-025e9dfcfe96",
        slug="bayes-posterior-positive-test",
        skill="probability-statistics",
        topics=["bayes-rule", "base-rates"],
        prompt=(
            "A condition affects {prevalence}% of people. A test detects it in {sensitivity}% of "
            "people who have it (sensitivity) and is negative for {specificity}% of people who "
            "don't (specificity). Someone tests positive. What is the probability they have the "
            "condition? (3 significant figures)"
        ),
        generate=_diagnostic,
        answer=_posterior_positive,
        oracle=_posterior_positive_oracle,
        explanation=(
            "P(D | +) = prior·sens / (prior·sens + (1 − prior)·(1 − spec)): true positives over "
            "all positives; a rare condition keeps it low even with a good test."
        ),
        rel=0.005,
    ),
    parametric(
        id="c207006b-e848-478c-be19-fd50850a25d9",
        slug="bayes-miss-rate-negative-test",
        skill="probability-statistics",
        topics=["bayes-rule", "base-rates"],
        prompt=(
            "A condition affects {prevalence}% of people; a test has sensitivity {sensitivity}% "
            "and specificity {specificity}%. Someone tests negative. What is the probability "
            "they have the condition anyway? (in %, 3 significant figures)"
        ),
        generate=_diagnostic,
        answer=_posterior_negative,
        oracle=_posterior_negative_oracle,
        explanation=(
            "P(D | −) = prior·(1 − sens) / (prior·(1 − sens) + (1 − prior)·spec): false negatives "
            "over all negatives, times 100 for a percentage."
        ),
        units="%",
        rel=0.005,
    ),
    parametric(
        id="a35c172d-9c6e-4c0e-84cc-066b4b224526",
        slug="expected-value-discrete",
        skill="probability-statistics",
        topics=["expectation"],
        prompt=(
            "A random variable takes the values {v_text} with probabilities {p_text} "
            "respectively. What is its expected value? (2 decimal places)"
        ),
        generate=_discrete,
        answer=lambda p: sum(v * q for v, q in zip(p["values"], p["probs"], strict=True)),
        oracle=_expectation_oracle,
        explanation="E[X] = Σ x·P(X = x): weight every value by its probability and add.",
        decimals=2,
    ),
    parametric(
        id="50712497-e92f-4195-98e7-d2189d422070",
        slug="binomial-variance-value",
        skill="probability-statistics",
        topics=["binomial"],
        prompt=(
            "{n} users each convert independently with probability {p}. What is the variance of "
            "the number of conversions? (2 decimal places)"
        ),
        generate=_binomial_large,
        answer=lambda p: p["n"] * p["p"] * (1 - p["p"]),
        oracle=_binomial_var_oracle,
        explanation="A binomial count has variance n·p·(1 − p), the sum of n Bernoulli variances.",
        decimals=2,
    ),
    parametric(
        id="211b80f0-a9db-4680-a6c5-d14f9f8dccab",
        slug="probability-at-least-one-success",
        skill="probability-statistics",
        topics=["complement-rule", "binomial"],
        prompt=(
            "Each of {n} independent attempts succeeds with probability {p}. What is the "
            "probability that at least one succeeds? (3 decimal places)"
        ),
        generate=_at_least_one,
        answer=lambda p: 1 - (1 - p["p"]) ** p["n"],
        oracle=_at_least_one_oracle,
        explanation="Use the complement: 1 − P(all fail) = 1 − (1 − p)ⁿ.",
        decimals=3,
    ),
    parametric(
        id="56b887f3-a7fb-4b18-a77e-c91c52e3687a",
        slug="binomial-probability-exactly-k",
        skill="probability-statistics",
        topics=["binomial"],
        prompt=(
            "A coin lands heads with probability {p}. In {n} independent flips, what is "
            "the probability that exactly {k} of them land heads? (4 decimal places)"
        ),
        generate=_binomial_small,
        answer=lambda p: (
            math.comb(p["n"], p["k"]) * p["p"] ** p["k"] * (1 - p["p"]) ** (p["n"] - p["k"])
        ),
        oracle=_binomial_pmf_oracle,
        explanation=(
            "P(X = k) = C(n, k)·pᵏ·(1 − p)ⁿ⁻ᵏ: the number of orderings times the chance of one."
        ),
        decimals=4,
    ),
    parametric(
        id="a7ae66fe-72fb-41b9-b1b9-68970e29f04d",
        slug="poisson-probability-of-k-events",
        skill="probability-statistics",
        topics=["poisson"],
        prompt=(
            "Errors arrive as a Poisson process averaging {lam} per hour. What is the "
            "probability that the count in a given hour is exactly {k}? (4 decimal places)"
        ),
        generate=_poisson,
        answer=lambda p: math.exp(-p["lam"]) * p["lam"] ** p["k"] / math.factorial(p["k"]),
        oracle=_poisson_oracle,
        explanation="P(K = k) = e^(−λ)·λᵏ / k! with λ the mean count in the interval.",
        decimals=4,
    ),
    parametric(
        id="b3f645f2-4086-419b-b87c-afba55445233",
        slug="union-of-independent-events",
        skill="probability-statistics",
        topics=["independence", "inclusion-exclusion"],
        prompt=(
            "Independent events A and B have P(A) = {pa} and P(B) = {pb}. What is P(A or B)? "
            "(4 decimal places)"
        ),
        generate=_two_events,
        answer=lambda p: p["pa"] + p["pb"] - p["pa"] * p["pb"],
        oracle=_union_oracle,
        explanation=(
            "Inclusion–exclusion: P(A) + P(B) − P(A and B), and independence makes "
            "P(A and B) = P(A)·P(B)."
        ),
        decimals=4,
    ),
    parametric(
        id="ecf528ab-cefb-4f8a-9361-e0e08125fa6d",
        slug="variance-of-correlated-sum",
        skill="probability-statistics",
        topics=["variance", "covariance"],
        prompt=(
            "X has standard deviation {sx}, Y has standard deviation {sy}, and their correlation "
            "is {rho}. What is Var(X + Y)? (2 decimal places)"
        ),
        generate=_correlated,
        answer=lambda p: p["sx"] ** 2 + p["sy"] ** 2 + 2 * p["rho"] * p["sx"] * p["sy"],
        oracle=_sum_variance_oracle,
        explanation=(
            "Var(X + Y) = σx² + σy² + 2ρσxσy: the covariance term adds for positive correlation "
            "and cancels variance for negative."
        ),
        decimals=2,
    ),
    parametric(
        id="191c0d2a-acc6-4ed9-a29d-feba1089cf3d",
        slug="normal-upper-tail-probability",
        skill="probability-statistics",
        topics=["normal-distribution"],
        prompt=(
            "X is normal with mean {mu} and standard deviation {sigma}. What is P(X > {x})? "
            "(4 decimal places)"
        ),
        generate=_normal,
        answer=_normal_tail,
        oracle=_normal_tail_oracle,
        explanation=("Standardise z = (x − μ)/σ, then P(X > x) = 1 − Φ(z) = ½·erfc(z/√2)."),
        decimals=4,
    ),
    parametric(
        id="b9fd58b9-cd8e-43cd-98c4-f02b85eb560d",
        slug="hash-collision-probability",
        skill="probability-statistics",
        topics=["birthday-problem", "hashing"],
        prompt=(
            "{n} items are hashed uniformly and independently into {d} buckets. What is the "
            "probability that at least two land in the same bucket? (3 decimal places)"
        ),
        generate=_collisions,
        answer=_collision_answer,
        oracle=_collision_oracle,
        explanation=(
            "P(no collision) = Π (d − i)/d over i = 0…n − 1, each item avoiding the buckets "
            "already used; the answer is 1 minus that product."
        ),
        decimals=3,
    ),
    parametric(
        id="a60d8d0a-1efe-4885-a21d-cdd098203c3a",
        slug="uniform-distribution-variance",
        skill="probability-statistics",
        topics=["uniform-distribution", "variance"],
        prompt="X is uniform on [{a}, {b}]. What is Var(X)? (3 decimal places)",
        generate=_uniform,
        answer=lambda p: (p["b"] - p["a"]) ** 2 / 12,
        oracle=_uniform_oracle,
        explanation="A uniform on [a, b] has variance (b − a)²/12; only the width matters.",
        decimals=3,
    ),
    parametric(
        id="8ce104bc-cb28-412f-b446-d60eb3cb7776",
        slug="exponential-survival-probability",
        skill="probability-statistics",
        topics=["exponential-distribution"],
        prompt=(
            "Time to the next request is exponential with rate {rate} per second. What is the "
            "probability of waiting more than {t} s? (4 decimal places)"
        ),
        generate=_exponential,
        answer=lambda p: math.exp(-p["rate"] * p["t"]),
        oracle=_exponential_oracle,
        explanation="P(T > t) = e^(−λt) for an exponential waiting time with rate λ.",
        decimals=4,
    ),
]
