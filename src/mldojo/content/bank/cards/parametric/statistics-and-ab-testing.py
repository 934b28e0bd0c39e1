"""Parametric cards on experiment statistics: standard errors, intervals, tests, sample sizes."""

import math

from mldojo.content.cards import parametric

DECK = "statistics-and-ab-testing"

Z_95 = 1.96  # two-sided 95 % critical value, as the prompts state it
Z_80 = 0.84  # one-sided critical value for 80 % power, as the prompts state it




# -- z-score -------------------------------------------------------------------------------------


def _feature(rng):
    mu = rng.choice([0, 12, 35, 50, 120, 300])
    sigma = rng.choice([2, 4, 5, 8, 10, 25])
    return {"mu": mu, "sigma": sigma, "x": round(mu + rng.uniform(-3, 3) * sigma, 1) + 0.0}


def _z_oracle(p):
    # Map x to its normal CDF value, then back through the standard normal quantile.
    from scipy.stats import norm

    return float(norm.ppf(norm.cdf(p["x"], loc=p["mu"], scale=p["sigma"])))


# -- standard error and intervals for a proportion -----------------------------------------------


def _conversions(rng):
    n = rng.choice([400, 1000, 2500, 5000, 12000, 40000])
    return {"n": n, "x": round(n * rng.uniform(0.02, 0.3))}


def _se_pp(p):
    rate = p["x"] / p["n"]
    return 100 * math.sqrt(rate * (1 - rate) / p["n"])


def _se_oracle(p):
    from scipy.stats import binom

    return float(100 * binom(p["n"], p["x"] / p["n"]).std() / p["n"])


def _ci_proportion_oracle(p):
    from scipy.stats import binom, norm

    se = binom(p["n"], p["x"] / p["n"]).std() / p["n"]
    low, high = norm.interval(0.95, loc=0.0, scale=se)
    return float(100 * (high - low) / 2)


# -- interval for a mean -------------------------------------------------------------------------


def _sample(rng):
    return {"s": round(rng.uniform(2, 60), 1), "n": rng.choice([25, 40, 64, 100, 250, 1000])}


def _ci_mean_oracle(p):
    from scipy.stats import norm

    low, high = norm.interval(0.95, loc=0.0, scale=p["s"] / math.sqrt(p["n"]))
    return float((high - low) / 2)


# -- two-proportion z test -----------------------------------------------------------------------


def _ab_counts(rng):
    n_a = rng.choice([2000, 5000, 8000, 10000, 20000])
    n_b = rng.choice([2000, 5000, 8000, 10000, 20000])
    base = rng.uniform(0.03, 0.15)
    lift = rng.uniform(-0.05, 0.2)
    return {
        "n_a": n_a,
        "n_b": n_b,
        "x_a": round(n_a * base),
        "x_b": round(n_b * base * (1 + lift)),
    }


def _pooled_z(p):
    rate_a, rate_b = p["x_a"] / p["n_a"], p["x_b"] / p["n_b"]
    pooled = (p["x_a"] + p["x_b"]) / (p["n_a"] + p["n_b"])
    se = math.sqrt(pooled * (1 - pooled) * (1 / p["n_a"] + 1 / p["n_b"]))
    return (rate_b - rate_a) / se


def _pooled_z_oracle(p):
    # Without continuity correction, the chi-square statistic of the 2×2 table equals z².
    import numpy as np
    from scipy.stats import chi2_contingency

    table = np.array([[p["x_a"], p["n_a"] - p["x_a"]], [p["x_b"], p["n_b"] - p["x_b"]]])
    chi2 = chi2_contingency(table, correction=False)[0]
    sign = np.sign(p["x_b"] / p["n_b"] - p["x_a"] / p["n_a"])
    return float(sign * np.sqrt(chi2))


# -- p-value from z ------------------------------------------------------------------------------


def _z_stat(rng):
    return {"z": round(rng.uniform(0.3, 3.6) * rng.choice([-1, 1]), 2)}


def _p_value_oracle(p):
    from scipy.stats import norm

    return float(2 * norm.sf(abs(p["z"])))


# -- sample size and minimum detectable effect ---------------------------------------------------


def _design(rng):
    return {
        "base": rng.choice([2, 3, 5, 8, 10, 12, 20]),
        "mde": rng.choice([0.25, 0.5, 1.0, 1.5, 2.0]),
    }


def _sample_size(p):
    p1 = p["base"] / 100
    p2 = p1 + p["mde"] / 100
    variance = p1 * (1 - p1) + p2 * (1 - p2)
    return math.ceil((Z_95 + Z_80) ** 2 * variance / (p["mde"] / 100) ** 2)


def _sample_size_oracle(p):
    from scipy.stats import norm

    p1 = p["base"] / 100
    p2 = p1 + p["mde"] / 100
    z_sum = norm.ppf(0.975) + norm.ppf(0.8)
    return float(z_sum**2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2)


def _mde_inputs(rng):
    return {
        "base": rng.choice([2, 4, 5, 10, 15, 25]),
        "n": rng.choice([1000, 5000, 10000, 25000, 50000, 100000]),
    }


def _mde(p):
    rate = p["base"] / 100
    return 100 * (Z_95 + Z_80) * math.sqrt(2 * rate * (1 - rate) / p["n"])


def _mde_oracle(p):
    # Invert "power of a two-sided z test = 80 %" for the effect size with a root finder.
    from scipy.optimize import brentq
    from scipy.stats import norm

    rate = p["base"] / 100
    se = math.sqrt(2 * rate * (1 - rate) / p["n"])
    crit = norm.ppf(0.975)

    def power_gap(delta):
        return norm.sf(crit - delta / se) + norm.cdf(-crit - delta / se) - 0.8

    return float(100 * brentq(power_gap, 1e-9, 1.0))


def _margin(rng):
    return {
        "rate": rng.choice([5, 10, 20, 30, 50]),
        "margin": rng.choice([0.5, 1.0, 1.5, 2.0, 3.0]),
    }


def _margin_n(p):
    rate, margin = p["rate"] / 100, p["margin"] / 100
    return math.ceil(Z_95**2 * rate * (1 - rate) / margin**2 - 1e-9)


def _margin_oracle(p):
    # Search for the first n whose interval half-width is within the margin.
    import numpy as np

    rate, margin = p["rate"] / 100, p["margin"] / 100
    n = np.arange(1, 200_000)
    half_width = Z_95 * np.sqrt(rate * (1 - rate) / n)
    return float(n[np.argmax(half_width <= margin + 1e-12)])


# -- Welch's t statistic -------------------------------------------------------------------------


def _two_groups(rng):
    m1 = round(rng.uniform(40, 60), 1)
    return {
        "m1": m1,
        "m2": round(m1 + rng.uniform(-4, 4), 1),
        "s1": round(rng.uniform(3, 15), 1),
        "s2": round(rng.uniform(3, 15), 1),
        "n1": rng.randint(15, 200),
        "n2": rng.randint(15, 200),
    }


def _welch(p):
    se = math.sqrt(p["s1"] ** 2 / p["n1"] + p["s2"] ** 2 / p["n2"])
    return (p["m1"] - p["m2"]) / se


def _welch_oracle(p):
    from scipy.stats import ttest_ind_from_stats

    result = ttest_ind_from_stats(
        p["m1"], p["s1"], p["n1"], p["m2"], p["s2"], p["n2"], equal_var=False
    )
    return float(result.statistic)


# -- power ---------------------------------------------------------------------------------------


def _power_inputs(rng):
    se = rng.choice([0.2, 0.25, 0.4, 0.5, 1.0])
    return {"se": se, "delta": round(se * rng.uniform(1.3, 4.3), 2)}


def _power_oracle(p):
    from scipy.stats import norm

    shift = p["delta"] / p["se"]
    crit = norm.ppf(0.975)
    return float(norm.sf(crit - shift) + norm.cdf(-crit - shift))


CARDS = [
    parametric(
        id="1e42de64-666a-4ea7-b906-3fdb9812a14e",
        slug="z-score-of-value",
        skill="probability-statistics",
        topics=["standardisation", "normal-distribution"],
        prompt=(
            "A feature has mean {mu} and standard deviation {sigma} in the training data. What "
            "is the z-score of the value {x}? (2 decimal places)"
        ),
        generate=_feature,
        answer=lambda p: (p["x"] - p["mu"]) / p["sigma"],
        oracle=_z_oracle,
        explanation="z = (x − μ)/σ: how many standard deviations the value lies from the mean.",
        decimals=2,
    ),
    parametric(
        id="19cb1d55-53c4-491c-a9c8-c4c945902674",
        slug="standard-error-of-proportion",
        skill="probability-statistics",
        topics=["standard-error", "proportions"],
        prompt=(
            "{x} of {n} visitors converted. What is the standard error of the conversion rate? "
            "(in percentage points, 3 decimal places)"
        ),
        generate=_conversions,
        answer=_se_pp,
        oracle=_se_oracle,
        explanation="SE = √(p̂(1 − p̂)/n) with p̂ = x/n; multiply by 100 for percentage points.",
        units="percentage points",
        decimals=3,
    ),
    parametric(
        id="7aa34edd-8ab5-49a0-9a07-e7fa3c8e1785",
        slug="confidence-interval-half-width-proportion",
        skill="probability-statistics",
        topics=["confidence-intervals", "proportions"],
        prompt=(
            "{x} of {n} visitors converted. Using z = 1.96, what is the half-width of the 95% "
            "normal-approximation confidence interval for the conversion rate? (in percentage "
            "points, 2 decimal places)"
        ),
        generate=_conversions,
        answer=lambda p: Z_95 * _se_pp(p),
        oracle=_ci_proportion_oracle,
        explanation=(
            "Half-width = 1.96·√(p̂(1 − p̂)/n), the critical value times the standard error."
        ),
        units="percentage points",
        decimals=2,
    ),
    parametric(
        id="1bc5fc12-7838-40ae-9095-a4080d1c6383",
        slug="confidence-interval-half-width-mean",
        skill="probability-statistics",
        topics=["confidence-intervals", "standard-error"],
        prompt=(
            "A sample of {n} latencies has standard deviation {s} ms. Using z = 1.96, what is "
            "the half-width of the 95% confidence interval for the mean latency? (in ms, 2 "
            "decimal places)"
        ),
        generate=_sample,
        answer=lambda p: Z_95 * p["s"] / math.sqrt(p["n"]),
        oracle=_ci_mean_oracle,
        explanation="Half-width = 1.96·s/√n: the standard error of the mean shrinks with √n.",
        units="ms",
        decimals=2,
    ),
    parametric(
        id="42430da8-48a4-45c4-b9ca-4ab2d11a726a",
        slug="pooled-two-proportion-z",
        skill="probability-statistics",
        topics=["hypothesis-testing", "ab-testing"],
        prompt=(
            "Control: {x_a} conversions from {n_a} users. Treatment: {x_b} conversions from "
            "{n_b} users. What is the pooled two-proportion z statistic, treatment minus "
            "control? (2 decimal places)"
        ),
        generate=_ab_counts,
        answer=_pooled_z,
        oracle=_pooled_z_oracle,
        explanation=(
            "z = (p̂_B − p̂_A) / √(p̂(1 − p̂)(1/n_A + 1/n_B)) with the pooled rate "
            "p̂ = (x_A + x_B)/(n_A + n_B), the shared rate under the null hypothesis."
        ),
        decimals=2,
    ),
    parametric(
        id="fcd4a584-f9b6-4f93-9325-3922db238fce",
        slug="two-sided-p-value-from-z",
        skill="probability-statistics",
        topics=["hypothesis-testing", "p-values"],
        prompt="A z test gives z = {z}. What is the two-sided p-value? (4 decimal places)",
        generate=_z_stat,
        answer=lambda p: math.erfc(abs(p["z"]) / math.sqrt(2)),
        oracle=_p_value_oracle,
        explanation=(
            "p = 2·(1 − Φ(|z|)) = erfc(|z|/√2): the chance of a statistic at least this extreme "
            "in either direction under the null."
        ),
        decimals=4,
    ),
    parametric(
        id="6ec64988-cf38-4b9e-b3b7-b8aaafd56bda",
        slug="ab-test-sample-size-per-arm",
        skill="probability-statistics",
        topics=["ab-testing", "power", "sample-size"],
        prompt=(
            "The baseline conversion rate is {base}% and you want to detect an absolute lift of "
            "{mde} percentage points (two-sided α = 0.05, power 0.8). Using "
            "n = (1.96 + 0.84)²·(p₁(1 − p₁) + p₂(1 − p₂)) / (p₂ − p₁)², how many users does each "
            "arm need? (round up)"
        ),
        generate=_design,
        answer=_sample_size,
        oracle=_sample_size_oracle,
        explanation=(
            "Plug p₁ = baseline and p₂ = baseline + lift into the formula and round up; halving "
            "the detectable lift roughly quadruples the sample."
        ),
        units="users per arm",
        rel=0.01,
    ),
    parametric(
        id="adfd548f-c81c-4b28-93cd-55c186a944b9",
        slug="minimum-detectable-effect",
        skill="probability-statistics",
        topics=["ab-testing", "power"],
        prompt=(
            "Each arm of a test gets {n} users and the baseline conversion rate is {base}%. "
            "With two-sided α = 0.05 and power 0.8, MDE ≈ (1.96 + 0.84)·√(2p(1 − p)/n). What is "
            "the minimum detectable absolute lift? (in percentage points, 2 decimal places)"
        ),
        generate=_mde_inputs,
        answer=_mde,
        oracle=_mde_oracle,
        explanation=(
            "The effect must exceed (z_α/2 + z_β) standard errors of the difference, "
            "√(2p(1 − p)/n); times 100 for percentage points."
        ),
        units="percentage points",
        decimals=2,
    ),
    parametric(
        id="b16adc91-8d9d-4e75-9081-5748c6dd6be4",
        slug="sample-size-for-margin-of-error",
        skill="probability-statistics",
        topics=["confidence-intervals", "sample-size"],
        prompt=(
            "You expect a rate near {rate}% and want the 95% interval (z = 1.96) to be at most "
            "±{margin} percentage points wide. How many observations do you need? (round up)"
        ),
        generate=_margin,
        answer=_margin_n,
        oracle=_margin_oracle,
        explanation="n = 1.96²·p(1 − p)/E², rounded up, from solving 1.96·√(p(1 − p)/n) = E for n.",
        units="observations",
        decimals=0,
    ),
    parametric(
        id="e6e194d0-6c8c-49e9-984f-92bf46710bca",
        slug="welch-t-statistic-value",
        skill="probability-statistics",
        topics=["hypothesis-testing", "t-test"],
        prompt=(
            "Group 1: mean {m1}, standard deviation {s1}, n = {n1}. Group 2: mean {m2}, "
            "standard deviation {s2}, n = {n2}. What is Welch's t statistic for group 1 minus "
            "group 2? (2 decimal places)"
        ),
        generate=_two_groups,
        answer=_welch,
        oracle=_welch_oracle,
        explanation=(
            "t = (m₁ − m₂)/√(s₁²/n₁ + s₂²/n₂): each group keeps its own variance, so no pooling."
        ),
        decimals=2,
    ),
    parametric(
        id="89a3dc8e-fdf7-4ef8-806e-d27d20817cf1",
        slug="power-of-two-sided-z-test",
        skill="probability-statistics",
        topics=["power", "hypothesis-testing"],
        prompt=(
            "A two-sided z test at α = 0.05 (critical value 1.96) measures an effect whose "
            "estimate has standard error {se}. If the true effect is {delta}, what is the power? "
            "Ignore the tiny chance of rejecting in the wrong direction. (2 decimal places)"
        ),
        generate=_power_inputs,
        answer=lambda p: 0.5 * math.erfc(-(p["delta"] / p["se"] - Z_95) / math.sqrt(2)),
        oracle=_power_oracle,
        explanation=(
            "The estimate is centred at δ/SE standard errors, so power ≈ Φ(δ/SE − 1.96): the "
            "share of its distribution beyond the critical value."
        ),
        decimals=2,
    ),
]
