"""Parametric cards on entropy, cross-entropy, divergences and the losses built on them."""

import math

from mldojo.content.cards import parametric

DECK = "information-theory"




def _show(values):
    return ", ".join(f"{v:g}" for v in values)


def _distribution(rng, k):
    """k probabilities in hundredths, each at least 0.05, summing to exactly 1."""
    cuts = sorted(rng.sample(range(1, 20), k - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 20], strict=True)]
    return [round(5 * part / 100, 2) for part in parts]


# -- entropy -------------------------------------------------------------------------------------


def _one_distribution(rng):
    probs = _distribution(rng, rng.randint(3, 5))
    return {"p": probs, "p_text": _show(probs)}


def _entropy_bits(probs):
    return -sum(q * math.log2(q) for q in probs if q > 0)


def _entropy_oracle(p):
    from scipy.stats import entropy

    return float(entropy(p["p"], base=2))


def _coin(rng):
    return {"p": rng.choice([0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.45, 0.6, 0.7, 0.85, 0.95])}


def _binary_entropy_oracle(p):
    from scipy.stats import entropy

    return float(entropy([p["p"], 1 - p["p"]], base=2))


# -- two distributions ---------------------------------------------------------------------------


def _two_distributions(rng):
    k = rng.randint(3, 4)
    p, q = _distribution(rng, k), _distribution(rng, k)
    return {"p": p, "q": q, "p_text": _show(p), "q_text": _show(q)}


def _cross_entropy_nats(p):
    return -sum(a * math.log(b) for a, b in zip(p["p"], p["q"], strict=True))


def _cross_entropy_oracle(p):
    # H(p, q) = H(p) + KL(p ‖ q).
    from scipy.stats import entropy

    return float(entropy(p["p"]) + entropy(p["p"], p["q"]))


def _kl_bits(p):
    return sum(a * math.log2(a / b) for a, b in zip(p["p"], p["q"], strict=True))


def _kl_oracle(p):
    import numpy as np
    from scipy.special import rel_entr

    return float(np.sum(rel_entr(p["p"], p["q"])) / np.log(2))


def _js_bits(p):
    m = [(a + b) / 2 for a, b in zip(p["p"], p["q"], strict=True)]
    kl_pm = sum(a * math.log2(a / c) for a, c in zip(p["p"], m, strict=True))
    kl_qm = sum(b * math.log2(b / c) for b, c in zip(p["q"], m, strict=True))
    return (kl_pm + kl_qm) / 2


def _js_oracle(p):
    # SciPy returns the Jensen–Shannon distance, the square root of the divergence.
    from scipy.spatial.distance import jensenshannon

    return float(jensenshannon(p["p"], p["q"], base=2) ** 2)


# -- mutual information from a contingency table -------------------------------------------------


def _table(rng):
    counts = [[rng.randint(5, 80) for _ in range(2)] for _ in range(2)]
    return {
        "counts": counts,
        "a": counts[0][0], "b": counts[0][1], "c": counts[1][0], "d": counts[1][1],
    }  # fmt: skip


def _mutual_information(p):
    counts = p["counts"]
    total = sum(map(sum, counts))
    rows = [sum(r) / total for r in counts]
    cols = [(counts[0][j] + counts[1][j]) / total for j in range(2)]
    info = 0.0
    for i in range(2):
        for j in range(2):
            joint = counts[i][j] / total
            info += joint * math.log2(joint / (rows[i] * cols[j]))
    return info


def _mutual_information_oracle(p):
    import numpy as np
    from sklearn.metrics import mutual_info_score

    nats = mutual_info_score(None, None, contingency=np.array(p["counts"]))
    return float(nats / np.log(2))


# -- perplexity ----------------------------------------------------------------------------------


def _loss(rng):
    return {"loss": round(rng.uniform(1.2, 4.8), 3)}


def _perplexity_from_loss_oracle(p):
    # Convert nats to bits, then perplexity = 2 ** bits.
    import numpy as np

    return float(np.exp2(p["loss"] * np.log2(np.e)))


def _token_probs(rng):
    probs = [round(rng.uniform(0.02, 0.9), 2) for _ in range(rng.randint(4, 6))]
    return {"probs": probs, "p_text": _show(probs)}


def _perplexity_from_probs(p):
    mean_nll = -sum(math.log(q) for q in p["probs"]) / len(p["probs"])
    return math.exp(mean_nll)


def _perplexity_gmean_oracle(p):
    # Perplexity is the reciprocal of the geometric mean of the token probabilities.
    from scipy.stats import gmean

    return float(1 / gmean(p["probs"]))


# -- losses from logits and probabilities --------------------------------------------------------


def _logits(rng):
    k = rng.randint(3, 5)
    logits = [round(rng.uniform(-3, 4), 1) + 0.0 for _ in range(k)]
    return {"logits": logits, "z_text": _show(logits), "target": rng.randrange(k)}


def _softmax_ce(p):
    z = p["logits"]
    top = max(z)
    log_norm = top + math.log(sum(math.exp(v - top) for v in z))
    return log_norm - z[p["target"]]


def _softmax_ce_oracle(p):
    from scipy.special import log_softmax

    return float(-log_softmax(p["logits"])[p["target"]])


def _binary_batch(rng):
    labels = [rng.randint(0, 1) for _ in range(4)]
    if len(set(labels)) == 1:
        labels[rng.randrange(4)] = 1 - labels[0]
    probs = [round(rng.uniform(0.05, 0.95), 2) for _ in range(4)]
    return {"y": labels, "p": probs, "y_text": _show(labels), "p_text": _show(probs)}


def _bce(p):
    terms = [
        -(y * math.log(q) + (1 - y) * math.log(1 - q)) for y, q in zip(p["y"], p["p"], strict=True)
    ]
    return sum(terms) / len(terms)


def _bce_oracle(p):
    from sklearn.metrics import log_loss

    return float(log_loss(p["y"], p["p"], labels=[0, 1]))


def _temperature(rng):
    k = rng.randint(3, 5)
    logits = [round(rng.uniform(-2, 5), 1) + 0.0 for _ in range(k)]
    return {
        "logits": logits,
        "z_text": _show(logits),
        "t": rng.choice([0.5, 0.7, 1.0, 1.5, 2.0]),
    }


def _top_probability(p):
    scaled = [v / p["t"] for v in p["logits"]]
    top = max(scaled)
    return 1 / sum(math.exp(v - top) for v in scaled)


def _top_probability_oracle(p):
    import numpy as np
    from scipy.special import softmax

    return float(np.max(softmax(np.array(p["logits"]) / p["t"])))


CARDS = [
    parametric(
        id="3d1f5825-dd1f-4b30-86c5-945a3be8181f",
        slug="entropy-in-bits",
        skill="math",
        topics=["entropy"],
        prompt=(
            "A categorical distribution has probabilities {p_text}. What is its entropy in "
            "bits? (3 decimal places)"
        ),
        generate=_one_distribution,
        answer=lambda p: _entropy_bits(p["p"]),
        oracle=_entropy_oracle,
        explanation=(
            "H = −Σ pᵢ·log₂ pᵢ: the average number of bits an optimal code needs per outcome."
        ),
        units="bits",
        decimals=3,
    ),
    parametric(
        id="64eff356-a337-4ed5-b535-dfc9905026a6",
        slug="binary-entropy-value",
        skill="math",
        topics=["entropy"],
        prompt="A label is 1 with probability {p}. What is its entropy in bits? (4 decimal places)",
        generate=_coin,
        answer=lambda p: _entropy_bits([p["p"], 1 - p["p"]]),
        oracle=_binary_entropy_oracle,
        explanation=("H(p) = −p·log₂ p − (1 − p)·log₂(1 − p); it peaks at 1 bit when p = 0.5."),
        units="bits",
        decimals=4,
    ),
    parametric(
        id="aeb4bdb1-2c77-4ea4-a7a9-929df3194189",
        slug="cross-entropy-in-nats",
        skill="math",
        topics=["cross-entropy"],
        prompt=(
            "The true distribution is p = ({p_text}) and the model predicts q = ({q_text}). "
            "What is the cross-entropy H(p, q) in nats? (3 decimal places)"
        ),
        generate=_two_distributions,
        answer=_cross_entropy_nats,
        oracle=_cross_entropy_oracle,
        explanation=(
            "H(p, q) = −Σ pᵢ·ln qᵢ: the expected code length when coding p with q's code; it "
            "equals H(p) + KL(p ‖ q)."
        ),
        units="nats",
        decimals=3,
    ),
    parametric(
        id="24a1ec32-054d-4aa8-868c-780894f566ce",
        slug="kl-divergence-in-bits",
        skill="math",
        topics=["kl-divergence"],
        prompt=("p = ({p_text}) and q = ({q_text}). What is KL(p ‖ q) in bits? (3 decimal places)"),
        generate=_two_distributions,
        answer=_kl_bits,
        oracle=_kl_oracle,
        explanation=(
            "KL(p ‖ q) = Σ pᵢ·log₂(pᵢ/qᵢ): the extra bits paid for coding p with q's code; it is "
            "not symmetric."
        ),
        units="bits",
        decimals=3,
    ),
    parametric(
        id="3662db26-de37-4561-b12f-c82075ae79c6",
        slug="jensen-shannon-divergence-bits",
        skill="math",
        topics=["kl-divergence", "jensen-shannon"],
        prompt=(
            "p = ({p_text}) and q = ({q_text}). What is their Jensen–Shannon divergence in bits? "
            "(4 decimal places)"
        ),
        generate=_two_distributions,
        answer=_js_bits,
        oracle=_js_oracle,
        explanation=(
            "Form the mixture m = (p + q)/2, then JSD = ½·KL(p ‖ m) + ½·KL(q ‖ m); it is "
            "symmetric and at most 1 bit."
        ),
        units="bits",
        decimals=4,
    ),
    parametric(
        id="f0d4e92e-938b-45ea-8e63-3c6aa8a2c1f7",
        slug="mutual-information-2x2-table",
        skill="math",
        topics=["mutual-information", "feature-selection"],
        prompt=(
            "A binary feature X and a binary label Y were counted: X=0,Y=0: {a}; X=0,Y=1: {b}; "
            "X=1,Y=0: {c}; X=1,Y=1: {d}. What is their mutual information in bits, using the "
            "empirical frequencies? (4 decimal places)"
        ),
        generate=_table,
        answer=_mutual_information,
        oracle=_mutual_information_oracle,
        explanation=(
            "I(X; Y) = Σ p(x, y)·log₂(p(x, y) / (p(x)·p(y))) over the four cells, with the "
            "marginals from the row and column totals; it is 0 when X and Y are independent."
        ),
        units="bits",
        decimals=4,
    ),
    parametric(
        id="9e648059-fdc8-43e2-95b1-d2a75bbbc859",
        slug="perplexity-from-loss",
        skill="nlp-llm",
        topics=["perplexity", "language-models"],
        prompt=(
            "A language model's mean cross-entropy on held-out text is {loss} nats per token. "
            "What is its perplexity? (1 decimal place)"
        ),
        generate=_loss,
        answer=lambda p: math.exp(p["loss"]),
        oracle=_perplexity_from_loss_oracle,
        explanation=(
            "Perplexity = e^loss when the loss is in nats (2^loss in bits): the effective number "
            "of equally likely next tokens."
        ),
        decimals=1,
    ),
    parametric(
        id="2430dcbc-fb83-4ed4-9b83-063d857c73d0",
        slug="perplexity-from-token-probabilities",
        skill="nlp-llm",
        topics=["perplexity", "language-models"],
        prompt=(
            "A model assigned probabilities {p_text} to the actual tokens of a short sequence. "
            "What is its perplexity on the sequence? (2 decimal places)"
        ),
        generate=_token_probs,
        answer=_perplexity_from_probs,
        oracle=_perplexity_gmean_oracle,
        explanation=(
            "Average the negative log-probabilities, then exponentiate: exp(−(1/N)·Σ ln pᵢ), the "
            "reciprocal of the geometric mean probability."
        ),
        decimals=2,
    ),
    parametric(
        id="31f9ce94-72c8-4119-b6b5-fa8b75dd7faf",
        slug="softmax-cross-entropy-from-logits",
        skill="deep-learning",
        topics=["cross-entropy", "softmax", "losses"],
        prompt=(
            "A classifier outputs logits ({z_text}) and the true class is index {target} "
            "(counting from 0). What is the cross-entropy loss in nats? (3 decimal places)"
        ),
        generate=_logits,
        answer=_softmax_ce,
        oracle=_softmax_ce_oracle,
        explanation=(
            "Loss = −log softmax(z)_y = log Σⱼ e^(zⱼ) − z_y; subtract the largest logit first to "
            "keep the exponentials finite."
        ),
        units="nats",
        decimals=3,
    ),
    parametric(
        id="5627d0fd-4e7c-401e-810f-1730cd3e71e6",
        slug="binary-cross-entropy-of-batch",
        skill="deep-learning",
        topics=["cross-entropy", "losses"],
        prompt=(
            "Four examples have labels ({y_text}) and predicted probabilities of class 1 "
            "({p_text}). What is the mean binary cross-entropy in nats? (3 decimal places)"
        ),
        generate=_binary_batch,
        answer=_bce,
        oracle=_bce_oracle,
        explanation=(
            "Per example −[y·ln p + (1 − y)·ln(1 − p)]: the log of the probability given to the "
            "true label; then average over the batch."
        ),
        units="nats",
        decimals=3,
    ),
    parametric(
        id="a37df2be-bf55-4aff-8962-ff32a7274848",
        slug="softmax-temperature-top-probability",
        skill="nlp-llm",
        topics=["softmax", "sampling", "temperature"],
        prompt=(
            "Next-token logits are ({z_text}). With sampling temperature {t}, what probability "
            "does the most likely token get? (3 decimal places)"
        ),
        generate=_temperature,
        answer=_top_probability,
        oracle=_top_probability_oracle,
        explanation=(
            "Divide every logit by T, then take the softmax: T < 1 sharpens the distribution and "
            "T > 1 flattens it."
        ),
        decimals=3,
    ),
]
