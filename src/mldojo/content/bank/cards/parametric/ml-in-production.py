"""Parametric cards on serving models: capacity, latency, caching, reliability, drift and cost."""

import math

from mldojo.content.cards import parametric

DECK = "ml-in-production"




def _show(values):
    return ", ".join(f"{v:g}" for v in values)


# -- Little's law and capacity -------------------------------------------------------------------


def _traffic(rng):
    return {"rps": rng.choice([40, 120, 250, 600, 1500, 4000]), "latency": rng.randint(15, 900)}


def _littles_oracle(p):
    # Requests arrive every 1/λ s and each stays W s. Average the number in flight over a
    # window of whole arrival periods by integrating each request's overlap with the window.
    import numpy as np

    rate, stay = p["rps"], p["latency"] / 1000
    arrivals = np.arange(0, 4 * rate * math.ceil(stay + 1)) / rate
    start = math.ceil(stay + 1)  # well after the start-up transient
    end = start + 1.0  # one second holds exactly `rate` arrival periods
    overlap = np.clip(np.minimum(arrivals + stay, end) - np.maximum(arrivals, start), 0, None)
    return float(overlap.sum() / (end - start))


def _capacity(rng):
    while True:
        params = {
            "rps": rng.choice([80, 200, 450, 900, 2500]),
            "service": rng.choice([12, 25, 40, 60, 120, 250]),
            "slots": rng.choice([2, 4, 8, 16]),
            "target": rng.choice([0.5, 0.6, 0.7, 0.8]),
        }
        exact = _replicas_exact(params)
        if abs(exact - round(exact)) > 1e-6:  # keep clear of a boundary between two answers
            return params


def _replicas_exact(p):
    return p["rps"] * p["service"] / 1000 / (p["slots"] * p["target"])


def _replicas_oracle(p):
    # Search for the smallest fleet whose utilisation stays at or under the target.
    import numpy as np

    fleet = np.arange(1, 10_000)
    busy_slots = p["rps"] * p["service"] / 1000
    utilisation = busy_slots / (fleet * p["slots"])
    return float(fleet[np.argmax(utilisation <= p["target"])])


def _queue(rng):
    mu = rng.choice([50, 100, 200, 400])
    return {"mu": mu, "lam": round(mu * rng.uniform(0.3, 0.95))}


def _mm1_oracle(p):
    # Mean number in the system L = ρ/(1 − ρ), then Little's law W = L/λ.
    rho = p["lam"] / p["mu"]
    in_system = rho / (1 - rho)
    return 1000 * in_system / p["lam"]


# -- caching -------------------------------------------------------------------------------------


def _cache(rng):
    return {
        "hit": rng.choice([20, 35, 50, 65, 80, 90, 95]),
        "lookup": rng.choice([0.5, 1, 2, 3]),
        "model": rng.choice([30, 45, 80, 120, 250]),
    }


def _cache_oracle(p):
    import numpy as np

    outcomes = np.array([p["lookup"], p["lookup"] + p["model"]], float)
    return float(np.average(outcomes, weights=[p["hit"], 100 - p["hit"]]))


# -- latency percentiles -------------------------------------------------------------------------


def _latencies(rng):
    values = [rng.randint(20, 140) for _ in range(17)] + [rng.randint(150, 900) for _ in range(3)]
    rng.shuffle(values)
    return {"values": values, "v_text": _show(values), "q": rng.choice([90, 95])}


def _nearest_rank(p):
    ordered = sorted(p["values"])
    return ordered[math.ceil(p["q"] / 100 * len(ordered)) - 1]


def _nearest_rank_oracle(p):
    import numpy as np

    return float(np.percentile(p["values"], p["q"], method="inverted_cdf"))


# -- drift ---------------------------------------------------------------------------------------


def _histograms(rng):
    def shares(k):
        raw = [rng.randint(5, 40) for _ in range(k)]
        total = sum(raw)
        values = [round(r / total, 2) for r in raw[:-1]]
        return [*values, round(1 - sum(values), 2)]

    k = rng.randint(4, 5)
    expected, actual = shares(k), shares(k)
    while min(expected) <= 0 or min(actual) <= 0:
        expected, actual = shares(k), shares(k)
    return {"e": expected, "a": actual, "e_text": _show(expected), "a_text": _show(actual)}


def _psi(p):
    return sum((a - e) * math.log(a / e) for a, e in zip(p["a"], p["e"], strict=True))


def _psi_oracle(p):
    # PSI is the symmetrised KL divergence: KL(a ‖ e) + KL(e ‖ a).
    from scipy.stats import entropy

    return float(entropy(p["a"], p["e"]) + entropy(p["e"], p["a"]))


def _samples(rng):
    pool = rng.sample(range(1, 100), 14)
    return {
        "x": sorted(pool[:6]),
        "y": sorted(pool[6:]),
        "x_text": _show(sorted(pool[:6])),
        "y_text": _show(sorted(pool[6:])),
    }


def _ks(p):
    points = sorted(p["x"] + p["y"])
    gap = 0.0
    for t in points:
        cdf_x = sum(v <= t for v in p["x"]) / len(p["x"])
        cdf_y = sum(v <= t for v in p["y"]) / len(p["y"])
        gap = max(gap, abs(cdf_x - cdf_y))
    return gap


def _ks_oracle(p):
    from scipy.stats import ks_2samp

    return float(ks_2samp(p["x"], p["y"]).statistic)


# -- reliability ---------------------------------------------------------------------------------


def _dependencies(rng):
    availabilities = [
        rng.choice([99.0, 99.5, 99.9, 99.95, 99.99]) for _ in range(rng.randint(2, 4))
    ]
    shown = [f"{a:g}%" for a in availabilities]
    return {"avail": availabilities, "a_text": ", ".join(shown[:-1]) + " and " + shown[-1]}


def _downtime(p):
    up = 1.0
    for a in p["avail"]:
        up *= a / 100
    return (1 - up) * 30 * 24 * 60


def _downtime_oracle(p):
    # Enumerate every up/down combination of the dependencies; only "all up" serves traffic.
    import itertools

    import numpy as np

    up = np.array(p["avail"]) / 100
    down_probability = 0.0
    for state in itertools.product([True, False], repeat=len(up)):
        if not all(state):
            down_probability += np.prod(np.where(state, up, 1 - up))
    return float(down_probability * 30 * 24 * 60)


def _canary(rng):
    return {"rate": rng.choice([0.1, 0.2, 0.5, 1.0, 2.0, 5.0]), "conf": rng.choice([90, 95, 99])}


def _canary_answer(p):
    miss = 1 - p["conf"] / 100
    return math.ceil(math.log(miss) / math.log(1 - p["rate"] / 100))


def _canary_oracle(p):
    import numpy as np
    from scipy.stats import binom

    n = np.arange(1, 20_000)
    seen = binom.sf(0, n, p["rate"] / 100)
    return float(n[np.argmax(seen >= p["conf"] / 100)])


def _slo(rng):
    slo = rng.choice([99.0, 99.5, 99.9, 99.95])
    allowed = 100 - slo
    # Only incidents that burn faster than the budget allows, or it would outlast the window.
    errors = rng.choice([e for e in (0.2, 0.5, 1.0, 2.0, 3.0, 5.0) if e > 1.5 * allowed])
    return {"slo": slo, "errors": errors}


def _budget_hours(p):
    burn = p["errors"] / (100 - p["slo"])
    return 30 * 24 / burn


def _budget_oracle(p):
    # Pick any traffic level: the budget is a count of allowed failures over 30 days.
    rps = 1000.0
    budget = (100 - p["slo"]) / 100 * rps * 3600 * 30 * 24
    failures_per_hour = p["errors"] / 100 * rps * 3600
    return budget / failures_per_hour


# -- cost ----------------------------------------------------------------------------------------


def _cost(rng):
    return {
        "price": rng.choice([0.5, 0.9, 1.2, 2.5, 4.1]),
        "rps": rng.choice([50, 120, 300, 800]),
        "util": rng.choice([40, 50, 60, 75]),
    }


def _cost_answer(p):
    served_per_hour = p["rps"] * p["util"] / 100 * 3600
    return p["price"] / served_per_hour * 1e6


def _cost_oracle(p):
    # Instance-seconds needed for a million requests, converted to hours and priced.
    seconds = 1e6 / (p["rps"] * p["util"] / 100)
    return seconds / 3600 * p["price"]


CARDS = [
    parametric(
        id="a3e3a43e-0c15-4d2e-b2cb-54ea44b3b9ee",
        slug="littles-law-requests-in-flight",
        skill="mlops",
        topics=["capacity-planning", "littles-law"],
        prompt=(
            "A model endpoint receives {rps} requests per second and each spends {latency} ms in "
            "the system on average. How many requests are in flight on average? (1 decimal place)"
        ),
        generate=_traffic,
        answer=lambda p: p["rps"] * p["latency"] / 1000,
        oracle=_littles_oracle,
        explanation="Little's law: L = λ·W, the arrival rate times the time each request stays.",
        units="requests",
        decimals=1,
    ),
    parametric(
        id="7f69c520-70e8-4f76-bf53-53077dc9ba44",
        slug="replicas-for-target-utilisation",
        skill="mlops",
        topics=["capacity-planning", "autoscaling"],
        prompt=(
            "Traffic is {rps} requests/s, each request occupies a serving slot for {service} ms, "
            "and each replica has {slots} slots. How many replicas keep utilisation at or below "
            "{target}?"
        ),
        generate=_capacity,
        answer=lambda p: math.ceil(_replicas_exact(p)),
        oracle=_replicas_oracle,
        explanation=(
            "Busy slots on average = λ·service time (Little's law); replicas = "
            "⌈busy slots / (slots per replica × target utilisation)⌉."
        ),
        units="replicas",
        decimals=0,
    ),
    parametric(
        id="b7f57fc9-b735-4654-a93b-7d99e69fed69",
        slug="mm1-queue-mean-latency",
        skill="mlops",
        topics=["queueing", "latency"],
        prompt=(
            "A single-worker model server behaves like an M/M/1 queue: requests arrive at {lam} "
            "per second and it can serve {mu} per second. What is the mean time a request "
            "spends in the system? (in ms, 1 decimal place)"
        ),
        generate=_queue,
        answer=lambda p: 1000 / (p["mu"] - p["lam"]),
        oracle=_mm1_oracle,
        explanation=(
            "W = 1/(μ − λ) for M/M/1: latency explodes as the arrival rate approaches the service "
            "rate, long before utilisation reaches 100%."
        ),
        units="ms",
        decimals=1,
    ),
    parametric(
        id="6d57f4fd-5df6-4425-80f6-a9f45c05ebfd",
        slug="cache-expected-latency",
        skill="mlops",
        topics=["caching", "latency"],
        prompt=(
            "Every request first checks a cache ({lookup} ms). {hit}% are hits and return at "
            "once; misses then run the model ({model} ms). What is the mean latency? (in ms, 1 "
            "decimal place)"
        ),
        generate=_cache,
        answer=lambda p: p["lookup"] + (1 - p["hit"] / 100) * p["model"],
        oracle=_cache_oracle,
        explanation=(
            "Mean = lookup + miss rate × model time: everyone pays the lookup, only misses pay "
            "for the model."
        ),
        units="ms",
        decimals=1,
    ),
    parametric(
        id="dfbcbe2b-9594-44bb-a116-e40a7c28055b",
        slug="latency-percentile-nearest-rank",
        skill="mlops",
        topics=["latency", "monitoring"],
        prompt=(
            "Twenty request latencies in ms: {v_text}. What is the p{q} latency by the "
            "nearest-rank method? (in ms)"
        ),
        generate=_latencies,
        answer=_nearest_rank,
        oracle=_nearest_rank_oracle,
        explanation=(
            "Sort the values and take the one at rank ⌈q/100 · n⌉; with 20 values p95 is the "
            "19th smallest and p90 the 18th."
        ),
        units="ms",
        decimals=0,
    ),
    parametric(
        id="20783953-1373-40d7-8d8e-92b0ff5d3baf",
        slug="population-stability-index",
        skill="mlops",
        topics=["drift", "monitoring"],
        prompt=(
            "A feature's bin shares were ({e_text}) at training time and are ({a_text}) in "
            "production. What is the population stability index (natural log)? (4 decimal "
            "places)"
        ),
        generate=_histograms,
        answer=_psi,
        oracle=_psi_oracle,
        explanation=(
            "PSI = Σ (actualᵢ − expectedᵢ)·ln(actualᵢ/expectedᵢ) over bins; a common rule of thumb "
            "reads above 0.25 as a major shift."
        ),
        decimals=4,
    ),
    parametric(
        id="97b602d3-5b35-4b74-948f-0414d82de9b0",
        slug="ks-statistic-two-samples",
        skill="mlops",
        topics=["drift", "hypothesis-testing"],
        prompt=(
            "Reference sample: {x_text}. Production sample: {y_text}. What is the two-sample "
            "Kolmogorov–Smirnov statistic? (3 decimal places)"
        ),
        generate=_samples,
        answer=_ks,
        oracle=_ks_oracle,
        explanation=(
            "The largest vertical gap between the two empirical CDFs, checked at every observed "
            "value."
        ),
        decimals=3,
    ),
    parametric(
        id="9e0b9308-3a82-47d2-9308-808e10c6ab18",
        slug="serial-dependency-downtime",
        skill="mlops",
        topics=["reliability", "availability"],
        prompt=(
            "A prediction service needs all of its dependencies up; their availabilities are "
            "{a_text}, failing independently. How many minutes of downtime should it expect in "
            "a 30-day month? (1 decimal place)"
        ),
        generate=_dependencies,
        answer=_downtime,
        oracle=_downtime_oracle,
        explanation=(
            "Availability in series is the product of the parts; downtime = (1 − product) × "
            "43,200 minutes."
        ),
        units="minutes",
        decimals=1,
    ),
    parametric(
        id="6398ceb6-5c2c-4c00-bd5b-b487ae63cf1f",
        slug="canary-requests-to-see-an-error",
        skill="mlops",
        topics=["canary-release", "probability"],
        prompt=(
            "A bad model version fails {rate}% of requests. How many canary requests are needed "
            "to see at least one failure with probability {conf}% or more?"
        ),
        generate=_canary,
        answer=_canary_answer,
        oracle=_canary_oracle,
        explanation=("Require 1 − (1 − p)ⁿ ≥ confidence, so n = ⌈ln(1 − confidence) / ln(1 − p)⌉."),
        units="requests",
        decimals=0,
    ),
    parametric(
        id="bae5f3c3-2cc8-409a-b324-3a56d72908fc",
        slug="error-budget-hours-remaining",
        skill="mlops",
        topics=["slo", "error-budget"],
        prompt=(
            "A service has a {slo}% success SLO over 30 days. An incident starts at the beginning "
            "of the window and {errors}% of requests fail. How many hours until the whole "
            "month's error budget is spent? (1 decimal place)"
        ),
        generate=_slo,
        answer=_budget_hours,
        oracle=_budget_oracle,
        explanation=(
            "Burn rate = error rate / (1 − SLO); the 720-hour budget lasts 720 / burn rate hours."
        ),
        units="hours",
        decimals=1,
    ),
    parametric(
        id="cab53549-e4c8-472e-b1f7-56fb10818d05",
        slug="serving-cost-per-million-predictions",
        skill="mlops",
        topics=["cost", "capacity-planning"],
        prompt=(
            "An instance costs ${price} per hour and can serve {rps} requests/s at full load; "
            "it runs at {util}% average utilisation. What does serving one million predictions "
            "cost? (in dollars, 2 decimal places)"
        ),
        generate=_cost,
        answer=_cost_answer,
        oracle=_cost_oracle,
        explanation=(
            "Requests actually served per hour = rps × utilisation × 3600; cost per million = "
            "hourly price / that × 10⁶."
        ),
        units="dollars",
        decimals=2,
    ),
]
