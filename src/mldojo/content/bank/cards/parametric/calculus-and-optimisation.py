"""Parametric cards on derivatives, gradient steps and learning-rate schedules."""

import math

from mldojo.content.cards import parametric

DECK = "calculus-and-optimisation"




_H = 1e-5  # step for central finite differences in the oracles


def _sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def _point(low, high):
    def generate(rng):
        return {"x": round(rng.uniform(low, high), 2)}

    return generate


def _central_difference(f, x):
    return (f(x + _H) - f(x - _H)) / (2 * _H)


# -- activation derivatives ----------------------------------------------------------------------


def _sigmoid_oracle(p):
    from scipy.special import expit

    return float(_central_difference(expit, p["x"]))


def _tanh_oracle(p):
    import numpy as np

    return float(_central_difference(np.tanh, p["x"]))


def _softplus_oracle(p):
    import numpy as np

    return float(_central_difference(lambda x: np.logaddexp(0.0, x), p["x"]))


def _elu_point(rng):
    return {"x": round(rng.uniform(-3.0, -0.1), 2), "alpha": rng.choice([0.5, 1.0, 1.5])}


def _elu_oracle(p):
    import numpy as np

    def elu(x):
        return np.where(x > 0, x, p["alpha"] * np.expm1(x))

    return float(_central_difference(elu, p["x"]))


# -- partial derivative of a quadratic form ------------------------------------------------------


def _quadratic2(rng):
    a, c = rng.randint(2, 6), rng.randint(2, 6)
    b = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5])
    x0, y0 = rng.randint(-4, 4), rng.randint(-4, 4)
    b_sign = "−" if b < 0 else "+"
    return {
        "a": a, "b": b, "c": c, "x0": x0, "y0": y0,
        "f_text": f"{a}x² {b_sign} {abs(b)}xy + {c}y²",
    }  # fmt: skip


def _partial_oracle(p):
    import numpy as np

    def f(x):
        return p["a"] * x**2 + p["b"] * x * p["y0"] + p["c"] * p["y0"] ** 2

    return float(_central_difference(f, np.float64(p["x0"])))


# -- one gradient-descent step -------------------------------------------------------------------


def _gd_step(rng):
    a = rng.choice([0.5, 2.0, 3.0, 4.0])
    m = rng.randint(-5, 5)
    sign = "+" if m < 0 else "−"
    return {
        "a": a,
        "m": m,
        "w0": round(rng.uniform(-6, 6), 1) + 0.0,
        "lr": rng.choice([0.01, 0.05, 0.1, 0.2]),
        "f_text": f"{a:g}·(w {sign} {abs(m)})²",
    }


def _gd_step_oracle(p):
    import numpy as np

    def f(w):
        return p["a"] * (w - p["m"]) ** 2

    w = np.float64(p["w0"])
    return float(w - p["lr"] * _central_difference(f, w))


# -- heavy-ball momentum, two steps --------------------------------------------------------------


def _momentum(rng):
    return {
        "a": rng.choice([2.0, 3.0, 4.0, 6.0]),
        "w0": round(rng.uniform(1, 5), 1),
        "lr": rng.choice([0.05, 0.1, 0.15]),
        "beta": rng.choice([0.5, 0.8, 0.9]),
    }


def _momentum_answer(p):
    a, lr, beta = p["a"], p["lr"], p["beta"]
    v1 = a * p["w0"]
    w1 = p["w0"] - lr * v1
    v2 = beta * v1 + a * w1
    return w1 - lr * v2


def _momentum_oracle(p):
    # On f(w) = a·w²/2 the update (v, w) ↦ (βv + a·w, w − η(βv + a·w)) is linear:
    # apply its matrix twice to the start state (v = 0, w = w0).
    import numpy as np

    a, lr, beta = p["a"], p["lr"], p["beta"]
    step = np.array([[beta, a], [-lr * beta, 1 - lr * a]])
    _, w = np.linalg.matrix_power(step, 2) @ np.array([0.0, p["w0"]])
    return float(w)


# -- largest stable learning rate on a quadratic -------------------------------------------------


def _hessian(rng):
    while True:
        a, c = rng.randint(2, 12), rng.randint(2, 12)
        b = rng.randint(-4, 4)
        if a * c - b * b > 0:
            return {"a": a, "b": b, "c": c, "h_text": f"[[{a}, {b}], [{b}, {c}]]"}


def _max_lr(p):
    a, b, c = p["a"], p["b"], p["c"]
    top = (a + c) / 2 + math.sqrt(((a - c) / 2) ** 2 + b * b)
    return 2 / top


def _max_lr_oracle(p):
    import numpy as np

    h = np.array([[p["a"], p["b"]], [p["b"], p["c"]]], float)
    return float(2 / np.linalg.eigvalsh(h).max())


# -- learning-rate schedules ---------------------------------------------------------------------


def _step_decay(rng):
    every = rng.choice([5, 10, 20, 30])
    return {
        "lr0": rng.choice([0.1, 0.05, 0.01, 0.003]),
        "gamma": rng.choice([0.1, 0.2, 0.5]),
        "every": every,
        "epoch": rng.randint(1, 4 * every - 1),
    }


def _step_decay_oracle(p):
    # Replay the schedule epoch by epoch: multiply by gamma whenever a boundary is crossed.
    import numpy as np

    epochs = np.arange(1, p["epoch"] + 1)
    factors = np.where(epochs % p["every"] == 0, p["gamma"], 1.0)
    return float(p["lr0"] * np.prod(factors))


def _exp_decay(rng):
    return {
        "lr0": rng.choice([0.001, 0.0005, 0.0003, 0.002]),
        "gamma": rng.choice([0.96, 0.9, 0.5]),
        "period": rng.choice([1000, 2000, 5000]),
        "step": rng.randint(1, 40) * 250,
    }


def _exp_decay_oracle(p):
    # Multiply by the per-step factor gamma^(1/period) once for every step taken.
    import numpy as np

    per_step = np.power(p["gamma"], 1.0 / p["period"])
    return float(p["lr0"] * np.prod(np.full(p["step"], per_step)))


def _cosine(rng):
    total = rng.choice([1000, 5000, 10000, 20000])
    lr_min = rng.choice([0.0, 1e-5])
    return {
        "lr_max": rng.choice([0.001, 0.0006, 0.0003, 0.01]),
        "lr_min": lr_min,
        "lr_min_text": "0.00001" if lr_min else "0",
        "total": total,
        "step": rng.randint(1, total - 1),
    }


def _cosine_answer(p):
    progress = p["step"] / p["total"]
    return p["lr_min"] + 0.5 * (p["lr_max"] - p["lr_min"]) * (1 + math.cos(math.pi * progress))


def _cosine_oracle(p):
    # (1 + cos θ)/2 = cos²(θ/2): the same curve written as a squared cosine.
    import numpy as np

    half_angle = np.pi * p["step"] / (2 * p["total"])
    return float(p["lr_min"] + (p["lr_max"] - p["lr_min"]) * np.cos(half_angle) ** 2)


def _warmup(rng):
    total = rng.choice([10000, 20000, 50000])
    return {
        "peak": rng.choice([0.001, 0.0003, 0.0006]),
        "warmup": rng.choice([500, 1000, 2000]),
        "total": total,
        "step": rng.randint(1, total - 1),
    }


def _warmup_answer(p):
    if p["step"] <= p["warmup"]:
        return p["peak"] * p["step"] / p["warmup"]
    return p["peak"] * (p["total"] - p["step"]) / (p["total"] - p["warmup"])


def _warmup_oracle(p):
    import numpy as np

    return float(np.interp(p["step"], [0, p["warmup"], p["total"]], [0.0, p["peak"], 0.0]))


# -- chain rule and a squared-error gradient -----------------------------------------------------


def _neuron(rng):
    return {
        "w": round(rng.uniform(-2, 2), 1) + 0.0,
        "b": round(rng.uniform(-1, 1), 1) + 0.0,
        "x": round(rng.uniform(-3, 3), 1) + 0.0,
    }


def _neuron_answer(p):
    s = _sigmoid(p["w"] * p["x"] + p["b"])
    return s * (1 - s) * p["x"]


def _neuron_oracle(p):
    from scipy.special import expit

    return float(_central_difference(lambda w: expit(w * p["x"] + p["b"]), p["w"]))


def _regression_point(rng):
    params = _neuron(rng)
    params["y"] = round(rng.uniform(-3, 3), 1) + 0.0
    return params


def _squared_error_oracle(p):
    return float(_central_difference(lambda w: (w * p["x"] + p["b"] - p["y"]) ** 2, float(p["w"])))


CARDS = [
    parametric(
        id="714f4bd9-8867-4744-bb7e-a4ec5cce222e",
        slug="sigmoid-derivative-at-point",
        skill="math",
        topics=["derivatives", "activations"],
        prompt=(
            "What is the derivative of the sigmoid σ(x) = 1/(1 + e⁻ˣ) at x = {x}? (4 decimal "
            "places)"
        ),
        generate=_point(-4.0, 4.0),
        answer=lambda p: _sigmoid(p["x"]) * (1 - _sigmoid(p["x"])),
        oracle=_sigmoid_oracle,
        explanation="σ′(x) = σ(x)(1 − σ(x)): evaluate the sigmoid once and reuse it.",
        decimals=4,
    ),
    parametric(
        id="0b15b464-7246-49fc-be3b-fdfedbe549d3",
        slug="tanh-derivative-at-point",
        skill="math",
        topics=["derivatives", "activations"],
        prompt="What is the derivative of tanh at x = {x}? (4 decimal places)",
        generate=_point(-3.0, 3.0),
        answer=lambda p: 1 - math.tanh(p["x"]) ** 2,
        oracle=_tanh_oracle,
        explanation="tanh′(x) = 1 − tanh²(x); it is 1 at zero and vanishes as |x| grows.",
        decimals=4,
    ),
    parametric(
        id="9da7ebcb-6e5d-4e9f-82ef-54c2d4b03e3f",
        slug="softplus-derivative-at-point",
        skill="math",
        topics=["derivatives", "activations"],
        prompt=(
            "What is the derivative of softplus(x) = ln(1 + eˣ) at x = {x}? (4 decimal places)"
        ),
        generate=_point(-5.0, 5.0),
        answer=lambda p: _sigmoid(p["x"]),
        oracle=_softplus_oracle,
        explanation=(
            "d/dx ln(1 + eˣ) = eˣ/(1 + eˣ) = σ(x): the derivative of softplus is the sigmoid."
        ),
        decimals=4,
    ),
    parametric(
        id="42ec000c-2d11-4a97-afe0-dadc19e3570d",
        slug="elu-derivative-negative-input",
        skill="math",
        topics=["derivatives", "activations"],
        prompt=(
            "ELU with α = {alpha} is x for x > 0 and α(eˣ − 1) otherwise. What is its derivative "
            "at x = {x}? (4 decimal places)"
        ),
        generate=_elu_point,
        answer=lambda p: p["alpha"] * math.exp(p["x"]),
        oracle=_elu_oracle,
        explanation=(
            "For x < 0 the derivative of α(eˣ − 1) is α·eˣ, which decays smoothly towards 0."
        ),
        decimals=4,
    ),
    parametric(
        id="b309e1a3-e5d8-4b80-a6cb-ca8a11966e2f",
        slug="partial-derivative-of-quadratic",
        skill="math",
        topics=["derivatives", "gradients"],
        prompt="f(x, y) = {f_text}. What is ∂f/∂x at (x, y) = ({x0}, {y0})? (an integer)",
        generate=_quadratic2,
        answer=lambda p: 2 * p["a"] * p["x0"] + p["b"] * p["y0"],
        oracle=_partial_oracle,
        explanation=(
            "Hold y fixed and differentiate term by term: ∂f/∂x = 2a·x + b·y; the c·y² term "
            "contributes nothing."
        ),
        decimals=0,
    ),
    parametric(
        id="bc12b239-61ca-4610-84d9-c46eabeff28b",
        slug="one-gradient-descent-step",
        skill="math",
        topics=["gradient-descent", "optimisation"],
        prompt=(
            "Minimise f(w) = {f_text} by gradient descent with learning rate {lr}, starting "
            "at w = {w0}. What is w after one step? (3 decimal places)"
        ),
        generate=_gd_step,
        answer=lambda p: p["w0"] - p["lr"] * 2 * p["a"] * (p["w0"] - p["m"]),
        oracle=_gd_step_oracle,
        explanation=(
            "w ← w − η·f′(w) with f′(w) = 2a(w − m): step against the gradient, scaled by η."
        ),
        decimals=3,
    ),
    parametric(
        id="5776c2f0-8598-4aeb-b906-3177d37ba97b",
        slug="momentum-two-steps-on-quadratic",
        skill="math",
        topics=["momentum", "optimisation"],
        prompt=(
            "Minimise f(w) = {a}·w²/2 with heavy-ball momentum: v ← {beta}·v + f′(w), then "
            "w ← w − {lr}·v, starting from v = 0 and w = {w0}. What is w after two updates? "
            "(3 decimal places)"
        ),
        generate=_momentum,
        answer=_momentum_answer,
        oracle=_momentum_oracle,
        explanation=(
            "Step 1: v₁ = a·w₀, w₁ = w₀ − η·v₁. Step 2: v₂ = β·v₁ + a·w₁, w₂ = w₁ − η·v₂; the "
            "velocity carries part of the first gradient into the second step."
        ),
        decimals=3,
    ),
    parametric(
        id="2de4734a-18d3-4b03-bfd9-42c03076b64f",
        slug="largest-stable-learning-rate",
        skill="math",
        topics=["gradient-descent", "eigenvalues"],
        prompt=(
            "Gradient descent minimises f(w) = ½·wᵀHw with H = {h_text}. Above which learning "
            "rate does it diverge? (4 decimal places)"
        ),
        generate=_hessian,
        answer=_max_lr,
        oracle=_max_lr_oracle,
        explanation=(
            "Along each eigenvector the error is multiplied by (1 − ηλ) per step, so it grows "
            "once η > 2/λ_max; λ_max of [[a, b], [b, c]] is (a + c)/2 + √(((a − c)/2)² + b²)."
        ),
        decimals=4,
    ),
    parametric(
        id="b2165aba-7c03-4d56-863f-3efabb72fbf1",
        slug="step-decay-learning-rate",
        skill="deep-learning",
        topics=["learning-rate-schedules"],
        prompt=(
            "A step schedule starts at learning rate {lr0} in epoch 0 and multiplies it by {gamma} "
            "every {every} epochs. What is the learning rate in epoch {epoch}? (3 significant "
            "figures)"
        ),
        generate=_step_decay,
        answer=lambda p: p["lr0"] * p["gamma"] ** (p["epoch"] // p["every"]),
        oracle=_step_decay_oracle,
        explanation=(
            "lr = lr₀·γ^⌊epoch / every⌋: count the completed decay boundaries, then multiply."
        ),
        rel=0.005,
    ),
    parametric(
        id="06467627-a9b8-4d85-9270-297f6d8cc60a",
        slug="exponential-decay-learning-rate",
        skill="deep-learning",
        topics=["learning-rate-schedules"],
        prompt=(
            "A smooth exponential schedule sets lr = {lr0} · {gamma}^(step / {period}). What is "
            "the learning rate at step {step}? (3 significant figures)"
        ),
        generate=_exp_decay,
        answer=lambda p: p["lr0"] * p["gamma"] ** (p["step"] / p["period"]),
        oracle=_exp_decay_oracle,
        explanation=(
            "Raise γ to the fractional power step/period and scale lr₀: the rate shrinks by a "
            "factor γ every period steps, a little each step."
        ),
        rel=0.005,
    ),
    parametric(
        id="c62487b4-f25c-4e81-9c2a-c62083604738",
        slug="cosine-decay-learning-rate",
        skill="deep-learning",
        topics=["learning-rate-schedules"],
        prompt=(
            "Cosine decay runs from lr_max = {lr_max} at step 0 to lr_min = {lr_min_text} at step "
            "{total}. What is the learning rate at step {step}? (3 significant figures)"
        ),
        generate=_cosine,
        answer=_cosine_answer,
        oracle=_cosine_oracle,
        explanation=(
            "lr = lr_min + ½(lr_max − lr_min)(1 + cos(π·step/total)): half a cosine wave from the "
            "peak down to the floor."
        ),
        rel=0.005,
    ),
    parametric(
        id="fafe7466-514e-45f2-ae46-7d8145805d3f",
        slug="warmup-then-linear-decay",
        skill="deep-learning",
        topics=["learning-rate-schedules", "warmup"],
        prompt=(
            "The learning rate rises linearly from 0 to {peak} over the first {warmup} steps, "
            "then falls linearly to 0 at step {total}. What is it at step {step}? (3 significant "
            "figures)"
        ),
        generate=_warmup,
        answer=_warmup_answer,
        oracle=_warmup_oracle,
        explanation=(
            "During warm-up lr = peak·step/warmup; afterwards lr = peak·(total − step)/(total − "
            "warmup). Check which phase the step is in first."
        ),
        rel=0.005,
    ),
    parametric(
        id="c473ec79-708d-4789-b4f6-8726de435081",
        slug="logistic-neuron-weight-gradient",
        skill="math",
        topics=["chain-rule", "backpropagation"],
        prompt=(
            "A neuron outputs a = σ(w·x + b) with w = {w}, b = {b} and input x = {x}. What is "
            "∂a/∂w? (4 decimal places)"
        ),
        generate=_neuron,
        answer=_neuron_answer,
        oracle=_neuron_oracle,
        explanation=("Chain rule: ∂a/∂w = σ′(z)·∂z/∂w = σ(z)(1 − σ(z))·x with z = w·x + b."),
        decimals=4,
    ),
    parametric(
        id="38126dd3-1840-4ea9-a4be-ddea6bc5842a",
        slug="squared-error-weight-gradient",
        skill="math",
        topics=["chain-rule", "linear-regression"],
        prompt=(
            "One example has input x = {x} and target y = {y}; the model predicts ŷ = w·x + b with "
            "w = {w} and b = {b}. What is ∂(ŷ − y)²/∂w? (3 decimal places)"
        ),
        generate=_regression_point,
        answer=lambda p: 2 * (p["w"] * p["x"] + p["b"] - p["y"]) * p["x"],
        oracle=_squared_error_oracle,
        explanation="∂/∂w (ŷ − y)² = 2(ŷ − y)·x: twice the residual times the input it multiplies.",
        decimals=3,
    ),
]
