"""Parametric cards on recommendation and reinforcement learning: bandit scores and regret,
returns and one-step value updates, ranking metrics, rating prediction and off-policy value."""

import math

from mldojo.content.cards import parametric

DECK = "recsys-bandits-and-rl"


def _show(values):
    return ", ".join(f"{v:g}" for v in values)


def _distribution(rng, k):
    """k probabilities in hundredths, each at least 0.05, summing to exactly 1."""
    cuts = sorted(rng.sample(range(1, 20), k - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 20], strict=True)]
    return [round(5 * part / 100, 2) for part in parts]


# -- bandits -------------------------------------------------------------------------------------


def _ucb(rng):
    pulls = rng.randint(3, 200)
    return {
        "mean": round(rng.uniform(0.05, 0.95), 2),
        "pulls": pulls,
        "total": rng.randint(pulls + 20, 10_000),
    }


def _ucb_answer(p):
    return p["mean"] + math.sqrt(2 * math.log(p["total"]) / p["pulls"])


def _ucb_oracle(p):
    import numpy as np

    bonus = np.sqrt(np.log(np.float64(p["total"]) ** 2) / p["pulls"])
    return float(np.add(p["mean"], bonus))


def _epsilon(rng):
    k = rng.randint(3, 5)
    estimates = [v / 10 for v in rng.sample(range(0, 20), k)]
    return {
        "estimates": estimates,
        "q_text": _show(estimates),
        "k": k,
        "eps": rng.choice([0.05, 0.1, 0.2, 0.25, 0.3]),
        "j": rng.randrange(k),
    }


def _epsilon_answer(p):
    greedy = p["estimates"].index(max(p["estimates"]))
    return p["eps"] / p["k"] + (1 - p["eps"] if p["j"] == greedy else 0)


def _epsilon_oracle(p):
    # The policy's full action distribution: uniform exploration mixed with the greedy choice.
    import numpy as np

    q = np.array(p["estimates"])
    uniform = np.full(q.size, 1 / q.size)
    greedy = np.eye(q.size)[np.argmax(q)]
    return float((p["eps"] * uniform + (1 - p["eps"]) * greedy)[p["j"]])


def _fixed_policy(rng):
    means = [v / 100 for v in rng.sample(range(5, 95), 3)]
    policy = _distribution(rng, 3)
    return {
        "means": means,
        "policy": policy,
        "mu_text": _show(means),
        "pi_text": _show(policy),
        "rounds": rng.choice([1000, 2000, 5000, 10_000]),
    }


def _regret_answer(p):
    played = sum(pi * mu for pi, mu in zip(p["policy"], p["means"], strict=True))
    return p["rounds"] * (max(p["means"]) - played)


def _regret_oracle(p):
    # Per-arm gaps weighted by how often each arm is played.
    import numpy as np

    mu, pi = np.array(p["means"]), np.array(p["policy"])
    return float(p["rounds"] * np.dot(pi, mu.max() - mu))


def _beta(rng):
    return {
        "a": rng.randint(1, 5),
        "b": rng.randint(1, 10),
        "s": rng.randint(0, 60),
        "f": rng.randint(5, 400),
    }


def _beta_oracle(p):
    from scipy.stats import beta

    return float(beta(p["a"] + p["s"], p["b"] + p["f"]).mean())


# -- returns and one-step updates ----------------------------------------------------------------


def _episode(rng):
    rewards = [rng.randint(-1, 5) for _ in range(rng.randint(4, 6))]
    return {
        "rewards": rewards,
        "r_text": _show(rewards),
        "gamma": rng.choice([0.5, 0.8, 0.9, 0.95, 0.99]),
    }


def _return_answer(p):
    return sum(p["gamma"] ** t * r for t, r in enumerate(p["rewards"]))


def _return_oracle(p):
    # The backward recursion G_t = r_t + γ·G_{t+1}, run as a linear filter over reversed rewards.
    from scipy.signal import lfilter

    return float(lfilter([1.0], [1.0, -p["gamma"]], p["rewards"][::-1])[-1])


def _td(rng):
    return {
        "v": round(rng.uniform(-2, 5), 1) + 0.0,
        "r": rng.randint(-1, 3),
        "v_next": round(rng.uniform(-2, 5), 1) + 0.0,
        "alpha": rng.choice([0.05, 0.1, 0.2, 0.5]),
        "gamma": rng.choice([0.9, 0.95, 0.99]),
    }


def _td_oracle(p):
    # The same update written as a blend of the old value and the bootstrapped target.
    import numpy as np

    target = p["r"] + p["gamma"] * p["v_next"]
    return float(np.average([p["v"], target], weights=[1 - p["alpha"], p["alpha"]]))


def _q_step(rng):
    q_next = [round(rng.uniform(-1, 4), 1) + 0.0 for _ in range(3)]
    return {
        "q": round(rng.uniform(-1, 4), 1) + 0.0,
        "r": rng.randint(-1, 2),
        "q_next": q_next,
        "qn_text": _show(q_next),
        "a_next": rng.randrange(3),
        "alpha": rng.choice([0.1, 0.2, 0.3, 0.5]),
        "gamma": rng.choice([0.9, 0.95, 0.99]),
    }


def _q_learning_answer(p):
    target = p["r"] + p["gamma"] * max(p["q_next"])
    return p["q"] + p["alpha"] * (target - p["q"])


def _q_learning_oracle(p):
    import numpy as np

    target = p["r"] + p["gamma"] * np.max(p["q_next"])
    return float(np.average([p["q"], target], weights=[1 - p["alpha"], p["alpha"]]))


def _sarsa_answer(p):
    target = p["r"] + p["gamma"] * p["q_next"][p["a_next"]]
    return p["q"] + p["alpha"] * (target - p["q"])


def _sarsa_oracle(p):
    import numpy as np

    chosen = np.take(p["q_next"], p["a_next"])
    target = p["r"] + p["gamma"] * chosen
    return float(np.average([p["q"], target], weights=[1 - p["alpha"], p["alpha"]]))


def _two_states(rng):
    return {
        "r_a": rng.randint(-2, 5),
        "r_b": rng.randint(-2, 5),
        "p_ab": rng.choice([0.1, 0.2, 0.3, 0.5, 0.7, 0.9]),
        "p_ba": rng.choice([0.1, 0.2, 0.3, 0.5, 0.7, 0.9]),
        "gamma": rng.choice([0.5, 0.8, 0.9]),
    }


def _two_states_answer(p):
    g, a, b = p["gamma"], p["p_ab"], p["p_ba"]
    stay_a, stay_b = 1 - g * (1 - a), 1 - g * (1 - b)
    det = stay_a * stay_b - g * g * a * b
    return (p["r_a"] * stay_b + g * a * p["r_b"]) / det


def _two_states_oracle(p):
    import numpy as np

    a, b = p["p_ab"], p["p_ba"]
    transitions = np.array([[1 - a, a], [b, 1 - b]])
    rewards = np.array([p["r_a"], p["r_b"]], dtype=float)
    values = np.linalg.solve(np.eye(2) - p["gamma"] * transitions, rewards)
    return float(values[0])


# -- ranking metrics -----------------------------------------------------------------------------


def _graded(rng):
    rels = [rng.randint(0, 3) for _ in range(5)]
    while not any(rels) or rels == sorted(rels, reverse=True):
        rels = [rng.randint(0, 3) for _ in range(5)]
    return {"rels": rels, "rel_text": _show(rels)}


def _dcg(gains):
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def _ndcg_answer(p):
    return _dcg(p["rels"]) / _dcg(sorted(p["rels"], reverse=True))


def _ndcg_oracle(p):
    from sklearn.metrics import ndcg_score

    scores = list(range(len(p["rels"]), 0, -1))
    return float(ndcg_score([p["rels"]], [scores]))


def _binary_ranking(rng):
    flags = [rng.randint(0, 1) for _ in range(8)]
    while sum(flags) < 2 or sum(flags) == 8:
        flags = [rng.randint(0, 1) for _ in range(8)]
    return {"flags": flags, "f_text": _show(flags)}


def _ap_answer(p):
    hits, total = 0, 0.0
    for k, flag in enumerate(p["flags"], start=1):
        if flag:
            hits += 1
            total += hits / k
    return total / hits


def _ap_oracle(p):
    from sklearn.metrics import average_precision_score

    scores = list(range(len(p["flags"]), 0, -1))
    return float(average_precision_score(p["flags"], scores))


def _first_hits(rng):
    ranks = [rng.choice([1, 1, 2, 3, 4, 5, 7, 10, 0]) for _ in range(5)]
    while not any(ranks):
        ranks = [rng.choice([1, 2, 3, 4, 5, 7, 10, 0]) for _ in range(5)]
    return {"ranks": ranks, "rank_text": ", ".join(str(r) if r else "none" for r in ranks)}


def _mrr_answer(p):
    return sum(1 / r for r in p["ranks"] if r) / len(p["ranks"])


def _mrr_oracle(p):
    import numpy as np

    ranks = np.array(p["ranks"], dtype=float)
    reciprocal = np.divide(1.0, ranks, out=np.zeros_like(ranks), where=ranks > 0)
    return float(reciprocal.mean())


# -- rating prediction and off-policy evaluation -------------------------------------------------


def _factors(rng):
    user = [round(rng.uniform(-1, 1), 1) + 0.0 for _ in range(3)]
    item = [round(rng.uniform(-1, 1), 1) + 0.0 for _ in range(3)]
    return {
        "mu": round(rng.uniform(3.0, 4.0), 1),
        "b_u": round(rng.uniform(-0.5, 0.5), 2) + 0.0,
        "b_i": round(rng.uniform(-0.5, 0.5), 2) + 0.0,
        "user": user,
        "item": item,
        "u_text": _show(user),
        "i_text": _show(item),
    }


def _rating_answer(p):
    return (
        p["mu"]
        + p["b_u"]
        + p["b_i"]
        + sum(a * b for a, b in zip(p["user"], p["item"], strict=True))
    )


def _rating_oracle(p):
    import numpy as np

    biases = np.array([p["mu"], p["b_u"], p["b_i"]])
    return float(biases.sum() + np.array(p["user"]) @ np.array(p["item"]))


def _logged(rng):
    n = 5
    rewards = [rng.randint(0, 1) for _ in range(n)]
    while not any(rewards):
        rewards = [rng.randint(0, 1) for _ in range(n)]
    logging = [rng.choice([0.1, 0.2, 0.25, 0.4, 0.5, 0.8]) for _ in range(n)]
    target = [rng.choice([0.0, 0.1, 0.3, 0.5, 0.6, 0.9, 1.0]) for _ in range(n)]
    return {
        "rewards": rewards,
        "logging": logging,
        "target": target,
        "r_text": _show(rewards),
        "mu_text": _show(logging),
        "pi_text": _show(target),
    }


def _ips_answer(p):
    terms = [r * pi / mu for r, pi, mu in zip(p["rewards"], p["target"], p["logging"], strict=True)]
    return sum(terms) / len(terms)


def _ips_oracle(p):
    import numpy as np

    weights = np.array(p["target"]) / np.array(p["logging"])
    return float(np.average(np.array(p["rewards"]) * weights))


CARDS = [
    parametric(
        id="790bea5a-77ae-42ef-9f64-0e11a2b9fc34",
        slug="ucb1-arm-score",
        skill="recsys-rl",
        topics=["bandits", "ucb"],
        prompt=(
            "A bandit runs UCB1. After {total} pulls in total, one arm has been pulled {pulls} "
            "times with a mean reward of {mean}. What is its UCB1 score? (natural log, 3 decimal "
            "places)"
        ),
        generate=_ucb,
        answer=_ucb_answer,
        oracle=_ucb_oracle,
        explanation=(
            "UCB1 = mean + √(2·ln t / n): the empirical mean plus an exploration bonus that "
            "shrinks as the arm is pulled more and grows slowly with total time t."
        ),
        decimals=3,
    ),
    parametric(
        id="caaf1024-ee72-459f-bbbc-491e3630d932",
        slug="epsilon-greedy-arm-probability",
        skill="recsys-rl",
        topics=["bandits", "exploration"],
        prompt=(
            "An ε-greedy bandit with ε = {eps} has value estimates ({q_text}) for its {k} arms; "
            "when it explores it picks an arm uniformly at random (possibly the best one). What "
            "is the probability that it picks arm {j} (counting from 0) on the next step? "
            "(3 decimal places)"
        ),
        generate=_epsilon,
        answer=_epsilon_answer,
        oracle=_epsilon_oracle,
        explanation=(
            "Every arm gets ε/K from exploration; the arm with the highest estimate also gets "
            "the 1 − ε exploitation mass."
        ),
        decimals=3,
    ),
    parametric(
        id="d574f70e-5674-4790-8aac-f11af11563a1",
        slug="expected-regret-of-fixed-policy",
        skill="recsys-rl",
        topics=["bandits", "regret"],
        prompt=(
            "Three arms pay Bernoulli rewards with means ({mu_text}). A fixed randomised policy "
            "plays them with probabilities ({pi_text}). What is its expected regret over "
            "{rounds} rounds against always playing the best arm? (1 decimal place)"
        ),
        generate=_fixed_policy,
        answer=_regret_answer,
        oracle=_regret_oracle,
        explanation=(
            "Per round the policy earns Σ πᵢ·μᵢ while the best arm earns max μ; regret = "
            "T·(max μ − Σ πᵢ·μᵢ), linear in T for any policy that never stops exploring."
        ),
        decimals=1,
    ),
    parametric(
        id="bc23a01c-cb48-4222-8d30-e04b323c59ea",
        slug="beta-posterior-mean-click-rate",
        skill="recsys-rl",
        topics=["bandits", "thompson-sampling", "bayesian"],
        prompt=(
            "An item's click-through rate has a Beta({a}, {b}) prior. It is then shown and gets "
            "{s} clicks and {f} non-clicks. What is the posterior mean click-through rate? "
            "(4 decimal places)"
        ),
        generate=_beta,
        answer=lambda p: (p["a"] + p["s"]) / (p["a"] + p["b"] + p["s"] + p["f"]),
        oracle=_beta_oracle,
        explanation=(
            "The Beta prior is conjugate to Bernoulli clicks: the posterior is Beta(α + s, "
            "β + f), whose mean is (α + s)/(α + β + s + f)."
        ),
        decimals=4,
    ),
    parametric(
        id="e60f3f01-8485-4f91-a16a-20b683063a5b",
        slug="discounted-return-of-episode",
        skill="recsys-rl",
        topics=["reinforcement-learning", "returns"],
        prompt=(
            "An episode yields rewards ({r_text}) at steps 0, 1, 2, … With discount factor γ = "
            "{gamma}, what is the discounted return from step 0? (3 decimal places)"
        ),
        generate=_episode,
        answer=_return_answer,
        oracle=_return_oracle,
        explanation="G₀ = Σₜ γᵗ·rₜ: the reward at step t is discounted t times.",
        decimals=3,
    ),
    parametric(
        id="16b9ba6e-4018-4459-95d3-b2867f574d1a",
        slug="td-zero-value-update",
        skill="recsys-rl",
        topics=["reinforcement-learning", "temporal-difference"],
        prompt=(
            "TD(0) with step size α = {alpha} and γ = {gamma}: V(s) = {v}, the agent gets reward "
            "{r} and lands in s′ with V(s′) = {v_next}. What is V(s) after the update? "
            "(3 decimal places)"
        ),
        generate=_td,
        answer=lambda p: p["v"] + p["alpha"] * (p["r"] + p["gamma"] * p["v_next"] - p["v"]),
        oracle=_td_oracle,
        explanation=(
            "V(s) ← V(s) + α·(r + γ·V(s′) − V(s)): move V(s) a fraction α of the way toward "
            "the bootstrapped target."
        ),
        decimals=3,
    ),
    parametric(
        id="4d4e58ff-70ea-435e-91b8-fc5034604b97",
        slug="q-learning-one-step-update",
        skill="recsys-rl",
        topics=["reinforcement-learning", "q-learning"],
        prompt=(
            "Q-learning with α = {alpha} and γ = {gamma}: Q(s, a) = {q}, taking a gives reward "
            "{r} and leads to s′, where the three actions have Q(s′, ·) = ({qn_text}); the "
            "behaviour policy will next take action {a_next} (counting from 0). What is Q(s, a) "
            "after the update? (3 decimal places)"
        ),
        generate=_q_step,
        answer=_q_learning_answer,
        oracle=_q_learning_oracle,
        explanation=(
            "Q(s, a) ← Q(s, a) + α·(r + γ·maxₐ′ Q(s′, a′) − Q(s, a)): Q-learning is off-policy, "
            "so it bootstraps from the best next action whatever the agent actually does next."
        ),
        decimals=3,
    ),
    parametric(
        id="34a20141-a0e8-46f5-8bf6-5e886ffff193",
        slug="sarsa-one-step-update",
        skill="recsys-rl",
        topics=["reinforcement-learning", "sarsa"],
        prompt=(
            "SARSA with α = {alpha} and γ = {gamma}: Q(s, a) = {q}, taking a gives reward {r} "
            "and leads to s′, where the three actions have Q(s′, ·) = ({qn_text}); the policy "
            "next takes action {a_next} (counting from 0). What is Q(s, a) after the update? "
            "(3 decimal places)"
        ),
        generate=_q_step,
        answer=_sarsa_answer,
        oracle=_sarsa_oracle,
        explanation=(
            "Q(s, a) ← Q(s, a) + α·(r + γ·Q(s′, a′) − Q(s, a)) with a′ the action actually "
            "taken next: SARSA is on-policy."
        ),
        decimals=3,
    ),
    parametric(
        id="f4c7a12f-c27a-411b-a6d1-26bab96aa5fa",
        slug="two-state-policy-evaluation",
        skill="recsys-rl",
        topics=["reinforcement-learning", "bellman-equation", "mdp"],
        prompt=(
            "Under a fixed policy a Markov chain has states A and B. Each step in A pays {r_a} "
            "and each step in B pays {r_b} (paid in the current state, before moving). From A "
            "it moves to B with probability {p_ab}, from B to A with probability {p_ba}, "
            "otherwise it stays. With γ = {gamma}, what is the value of state A? "
            "(3 decimal places)"
        ),
        generate=_two_states,
        answer=_two_states_answer,
        oracle=_two_states_oracle,
        explanation=(
            "Solve the Bellman equations V = r + γ·P·V, two linear equations in V(A) and V(B) "
            "(for example by Cramer's rule): V = (I − γP)⁻¹·r."
        ),
        decimals=3,
    ),
    parametric(
        id="95854a84-f185-4134-919e-83fe830a1da8",
        slug="ndcg-of-graded-ranking",
        skill="recsys-rl",
        topics=["ranking-metrics", "ndcg"],
        prompt=(
            "A recommender returns five items whose graded relevances, in ranked order, are "
            "({rel_text}). Using gain = relevance and discount 1/log₂(rank + 1), and the ideal "
            "ordering of these same five items, what is NDCG@5? (4 decimal places)"
        ),
        generate=_graded,
        answer=_ndcg_answer,
        oracle=_ndcg_oracle,
        explanation=(
            "DCG = Σ relᵢ / log₂(i + 1) over ranks i = 1…5; divide by the DCG of the same "
            "relevances sorted in decreasing order."
        ),
        decimals=4,
    ),
    parametric(
        id="a97b3afb-1f1d-4b96-810b-885b5a61c606",
        slug="average-precision-of-ranking",
        skill="recsys-rl",
        topics=["ranking-metrics", "average-precision"],
        prompt=(
            "A ranked list of eight results has relevance flags ({f_text}) from the top down, "
            "and every relevant item for the query is in the list. What is its average "
            "precision? (4 decimal places)"
        ),
        generate=_binary_ranking,
        answer=_ap_answer,
        oracle=_ap_oracle,
        explanation=(
            "At every relevant position k take precision@k (relevant items in the top k, "
            "divided by k), then average over the relevant items."
        ),
        decimals=4,
    ),
    parametric(
        id="b41d007f-b4df-42c5-9b75-b250d7c2e258",
        slug="mean-reciprocal-rank-of-queries",
        skill="recsys-rl",
        topics=["ranking-metrics", "mrr"],
        prompt=(
            "For five queries, the first relevant result appears at ranks {rank_text} (none "
            "means no relevant result was returned). What is the mean reciprocal rank? "
            "(4 decimal places)"
        ),
        generate=_first_hits,
        answer=_mrr_answer,
        oracle=_mrr_oracle,
        explanation=(
            "Average 1/rank of the first relevant result over all queries, counting 0 for a "
            "query with no relevant result."
        ),
        decimals=4,
    ),
    parametric(
        id="1c856376-9033-4c46-b043-6ae785e8e507",
        slug="matrix-factorisation-predicted-rating",
        skill="recsys-rl",
        topics=["collaborative-filtering", "matrix-factorisation"],
        prompt=(
            "A biased matrix-factorisation model has global mean {mu}, user bias {b_u}, item "
            "bias {b_i}, user factors ({u_text}) and item factors ({i_text}). What rating does "
            "it predict? (3 decimal places)"
        ),
        generate=_factors,
        answer=_rating_answer,
        oracle=_rating_oracle,
        explanation=(
            "r̂ = μ + b_u + b_i + pᵤ·qᵢ: the baseline from the biases plus the dot product of "
            "the user and item factor vectors."
        ),
        decimals=3,
    ),
    parametric(
        id="a2c3acf4-b430-4d4b-a607-183a023a0643",
        slug="inverse-propensity-policy-value",
        skill="recsys-rl",
        topics=["off-policy-evaluation", "counterfactual"],
        prompt=(
            "Five logged recommendations got rewards ({r_text}). The logging policy chose the "
            "shown items with probabilities ({mu_text}); a new policy would choose them with "
            "probabilities ({pi_text}). What is the inverse-propensity-scoring estimate of the "
            "new policy's mean reward? (3 decimal places)"
        ),
        generate=_logged,
        answer=_ips_answer,
        oracle=_ips_oracle,
        explanation=(
            "V̂ = (1/n)·Σ rᵢ·π(aᵢ)/μ(aᵢ): reweight each logged reward by how much more (or "
            "less) often the new policy would take the logged action."
        ),
        decimals=3,
    ),
]
