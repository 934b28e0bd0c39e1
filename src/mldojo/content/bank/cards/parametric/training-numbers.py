"""Parametric cards on the numbers of a training run: batches, steps, optimiser state, splits."""

import math

from mldojo.content.cards import parametric

DECK = "training-numbers"




def _show(values):
    return ", ".join(f"{v:g}" for v in values)


def _adam_steps(grads, lr, beta1=0.9, beta2=0.999, eps=1e-8, theta=0.0):
    """Run Adam on one scalar with the given gradient sequence; return the final parameter."""
    try:
        import torch

        param = torch.tensor([theta], dtype=torch.float64, requires_grad=True)
        optimiser = torch.optim.Adam([param], lr=lr, betas=(beta1, beta2), eps=eps)
        for g in grads:
            param.grad = torch.tensor([g], dtype=torch.float64)
            optimiser.step()
        return float(param.detach()[0])
    except ImportError:
        import numpy as np

        m = v = np.float64(0.0)
        value = np.float64(theta)
        for t, g in enumerate(grads, start=1):
            m = beta1 * m + (1 - beta1) * g
            v = beta2 * v + (1 - beta2) * g * g
            m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
            value = value - lr * m_hat / (np.sqrt(v_hat) + eps)
        return float(value)


# -- batches and steps ---------------------------------------------------------------------------


def _dataset(rng):
    return {
        "n": rng.randint(1_000, 250_000),
        "batch": rng.choice([16, 32, 64, 100, 128, 256, 512]),
        "epochs": rng.choice([3, 5, 10, 20, 30]),
    }


def _batches_oracle(p):
    from sklearn.utils import gen_batches

    return float(sum(1 for _ in gen_batches(p["n"], p["batch"])))


def _drop_last_oracle(p):
    # Keep only the full slices that sklearn's batch generator yields, over every epoch.
    from sklearn.utils import gen_batches

    full = sum(1 for s in gen_batches(p["n"], p["batch"]) if s.stop - s.start == p["batch"])
    return float(full * p["epochs"])


def _accumulation(rng):
    return {
        "per_device": rng.choice([2, 4, 8, 16, 32]),
        "devices": rng.choice([2, 4, 8, 16]),
        "accum": rng.choice([2, 4, 8, 16]),
    }


def _effective_batch_oracle(p):
    # Lay out the samples consumed by one optimiser step as (accumulation, device, sample).
    import numpy as np

    consumed = np.arange(p["accum"] * p["devices"] * p["per_device"])
    return float(consumed.reshape(p["accum"], p["devices"], p["per_device"]).size)


def _token_budget(rng):
    return {
        "billions": rng.choice([1, 2.5, 10, 26, 50, 300]),
        "sequences": rng.choice([256, 512, 1024, 2048]),
        "length": rng.choice([1024, 2048, 4096]),
    }


def _token_steps(p):
    tokens = round(p["billions"] * 1e9)
    per_step = p["sequences"] * p["length"]
    return -(-tokens // per_step)


def _token_steps_oracle(p):
    import numpy as np

    return float(np.ceil(np.float64(p["billions"]) * 1e9 / (p["sequences"] * p["length"])))


# -- Adam ----------------------------------------------------------------------------------------


def _constant_gradient(rng):
    return {
        "g": round(rng.uniform(0.2, 3.0), 2),
        "beta1": rng.choice([0.8, 0.9, 0.95]),
        "t": rng.randint(2, 12),
    }


def _first_moment_oracle(p):
    import numpy as np

    m = np.float64(0.0)
    for _ in range(p["t"]):
        m = p["beta1"] * m + (1 - p["beta1"]) * p["g"]
    return float(m)


def _first_step(rng):
    return {
        "theta": round(rng.uniform(-2, 2), 2) + 0.0,
        "g": rng.choice([-1, 1]) * rng.choice([0.0004, 0.02, 0.7, 3.5, 250.0]),
        "lr": rng.choice([0.001, 0.003, 0.01, 0.05]),
    }


def _first_step_answer(p):
    return p["theta"] - p["lr"] * p["g"] / (abs(p["g"]) + 1e-8)


def _first_step_oracle(p):
    return _adam_steps([p["g"]], p["lr"], theta=p["theta"])


def _two_gradients(rng):
    return {"g1": round(rng.uniform(-2, 2), 1) + 0.0, "g2": round(rng.uniform(-2, 2), 1) + 0.0}


def _second_step_ratio(p):
    b1, b2, eps = 0.9, 0.999, 1e-8
    m = (1 - b1) * (b1 * p["g1"] + p["g2"])
    v = (1 - b2) * (b2 * p["g1"] ** 2 + p["g2"] ** 2)
    m_hat, v_hat = m / (1 - b1**2), v / (1 - b2**2)
    return m_hat / (math.sqrt(v_hat) + eps)


def _second_step_oracle(p):
    lr = 1e-3
    after_one = _adam_steps([p["g1"]], lr)
    after_two = _adam_steps([p["g1"], p["g2"]], lr)
    return (after_one - after_two) / lr


# -- gradient clipping ---------------------------------------------------------------------------


def _gradients(rng):
    weight = [round(rng.uniform(-4, 4), 1) + 0.0 for _ in range(2)]
    bias = round(rng.uniform(-4, 4), 1) + 0.0
    return {
        "weight": weight,
        "bias": bias,
        "w_text": _show(weight),
        "max_norm": rng.choice([0.5, 1.0, 2.0, 5.0]),
    }


def _clipped(p):
    norm = math.sqrt(sum(g * g for g in p["weight"]) + p["bias"] ** 2)
    return p["weight"][0] * min(1.0, p["max_norm"] / norm)


def _clipped_oracle(p):
    try:
        import torch

        weight = torch.zeros(2, requires_grad=True)
        bias = torch.zeros(1, requires_grad=True)
        weight.grad = torch.tensor(p["weight"])
        bias.grad = torch.tensor([p["bias"]])
        torch.nn.utils.clip_grad_norm_([weight, bias], p["max_norm"])
        return float(weight.grad[0])
    except ImportError:
        import numpy as np

        grads = [np.array(p["weight"]), np.array([p["bias"]])]
        total = np.linalg.norm(np.concatenate(grads))
        scale = np.clip(p["max_norm"] / total, None, 1.0)
        return float(grads[0][0] * scale)


# -- smoothing a loss curve ----------------------------------------------------------------------


def _losses(rng):
    start = rng.uniform(2.0, 4.0)
    losses = [round(start * rng.uniform(0.7, 1.0) ** i, 2) for i in range(5)]
    return {"losses": losses, "l_text": _show(losses), "beta": rng.choice([0.5, 0.6, 0.8, 0.9])}


def _ema(p):
    smoothed = p["losses"][0]
    for value in p["losses"][1:]:
        smoothed = p["beta"] * smoothed + (1 - p["beta"]) * value
    return smoothed


def _ema_oracle(p):
    # y[n] = β·y[n−1] + (1 − β)·x[n] is a first-order IIR filter; start its state so y[0] = x[0].
    from scipy.signal import lfilter

    b = p["beta"]
    out, _ = lfilter([1 - b], [1, -b], p["losses"], zi=[b * p["losses"][0]])
    return float(out[-1])


# -- splits and class weights --------------------------------------------------------------------


def _split_sizes(rng):
    return {"n": rng.randint(101, 9999), "test": rng.choice([0.1, 0.15, 0.2, 0.25, 0.3, 0.33])}


def _split_oracle(p):
    import numpy as np
    from sklearn.model_selection import train_test_split

    _, test = train_test_split(np.arange(p["n"]), test_size=p["test"], random_state=0)
    return float(test.size)


def _folds(rng):
    return {"n": rng.randint(50, 5000), "k": rng.choice([3, 4, 5, 7, 10])}


def _first_fold_oracle(p):
    import numpy as np
    from sklearn.model_selection import KFold

    train, _ = next(KFold(n_splits=p["k"]).split(np.zeros(p["n"])))
    return float(train.size)


def _class_counts(rng):
    counts = sorted(rng.sample(range(20, 5000), 3), reverse=True)
    return {"counts": counts, "a": counts[0], "b": counts[1], "c": counts[2]}


def _balanced_oracle(p):
    import numpy as np
    from sklearn.utils.class_weight import compute_class_weight

    labels = np.repeat([0, 1, 2], p["counts"])
    return float(compute_class_weight("balanced", classes=np.array([0, 1, 2]), y=labels)[2])


# -- initialisation and targets ------------------------------------------------------------------


def _fans(rng):
    return {"fan_in": rng.choice([64, 128, 256, 300, 512, 784, 1024]), "fan_out": rng.choice(
        [10, 64, 128, 256, 512, 1024]
    )}  # fmt: skip


def _xavier_oracle(p):
    # Glorot keeps Var(W) = 2/(fan_in + fan_out); a U(−a, a) has a = std × √3.
    from scipy.stats import uniform

    target_std = math.sqrt(2 / (p["fan_in"] + p["fan_out"]))
    return float(target_std / uniform(loc=-1, scale=2).std())


def _conv_layer(rng):
    return {"c_in": rng.choice([3, 16, 32, 64, 128, 256]), "k": rng.choice([1, 3, 5, 7]),
            "c_out": rng.choice([32, 64, 128])}  # fmt: skip


def _he_oracle(p):
    # Read the fan-in off a weight array of shape (C_out, C_in, k, k): one output's inputs.
    import numpy as np

    weight = np.zeros((p["c_out"], p["c_in"], p["k"], p["k"]))
    return float(np.sqrt(2 / weight[0].size))


def _smoothing(rng):
    return {"eps": rng.choice([0.05, 0.1, 0.2]), "classes": rng.choice([3, 7, 10, 100, 1000])}


def _smoothing_oracle(p):
    # The smoothed target is a mixture of the one-hot vector and the uniform distribution.
    import numpy as np

    k = p["classes"]
    one_hot = np.eye(k)[0]
    uniform = np.full(k, 1 / k)
    return float(np.average([one_hot, uniform], axis=0, weights=[1 - p["eps"], p["eps"]])[0])


CARDS = [
    parametric(
        id="89c4020c-a8b6-4f8d-8301-1c2a840150e6",
        slug="batches-per-epoch",
        skill="ml-workflow",
        topics=["training-loop", "batching"],
        prompt=(
            "A training set has {n} examples and the batch size is {batch}; the last, smaller "
            "batch is kept. How many batches are there per epoch?"
        ),
        generate=_dataset,
        answer=lambda p: math.ceil(p["n"] / p["batch"]),
        oracle=_batches_oracle,
        explanation="⌈N / B⌉: every full batch plus one partial batch when B does not divide N.",
        units="batches",
        decimals=0,
    ),
    parametric(
        id="3c47c2d5-500b-4895-8f9d-c677d17955bb",
        slug="total-steps-with-drop-last",
        skill="ml-workflow",
        topics=["training-loop", "batching"],
        prompt=(
            "{n} training examples, batch size {batch}, drop_last=True (incomplete batches are "
            "skipped), one optimiser step per batch. How many steps do {epochs} epochs take?"
        ),
        generate=_dataset,
        answer=lambda p: (p["n"] // p["batch"]) * p["epochs"],
        oracle=_drop_last_oracle,
        explanation="⌊N / B⌋ full batches per epoch, times the number of epochs.",
        units="steps",
        decimals=0,
    ),
    parametric(
        id="6ff69597-dc56-4688-a2cc-83b562ea60aa",
        slug="effective-batch-with-accumulation",
        skill="deep-learning",
        topics=["gradient-accumulation", "distributed-training"],
        prompt=(
            "Each of {devices} GPUs processes micro-batches of {per_device} examples, and "
            "gradients are accumulated over {accum} micro-batches before each optimiser step. "
            "What is the effective batch size?"
        ),
        generate=_accumulation,
        answer=lambda p: p["per_device"] * p["devices"] * p["accum"],
        oracle=_effective_batch_oracle,
        explanation=(
            "Per-device batch × devices × accumulation steps: every example that contributed to "
            "the averaged gradient of one step."
        ),
        units="examples",
        decimals=0,
    ),
    parametric(
        id="41714818-eb06-415c-8687-081e21b777c5",
        slug="steps-for-token-budget",
        skill="nlp-llm",
        topics=["pretraining", "compute-budget"],
        prompt=(
            "A language model is trained on {billions} billion tokens with a global batch of "
            "{sequences} sequences of {length} tokens. How many optimiser steps is that? "
            "(round up)"
        ),
        generate=_token_budget,
        answer=_token_steps,
        oracle=_token_steps_oracle,
        explanation=(
            "Tokens per step = sequences × length; steps = ⌈total tokens / tokens per step⌉."
        ),
        units="steps",
        decimals=0,
    ),
    parametric(
        id="6c564fd6-b2ba-4a6c-8535-d174ba83b01d",
        slug="adam-uncorrected-first-moment",
        skill="deep-learning",
        topics=["adam", "optimisers"],
        prompt=(
            "Adam's first moment starts at m = 0 and is updated m ← {beta1}·m + (1 − {beta1})·g. "
            "If every gradient is g = {g}, what is m after {t} steps, before bias correction? "
            "(4 decimal places)"
        ),
        generate=_constant_gradient,
        answer=lambda p: p["g"] * (1 - p["beta1"] ** p["t"]),
        oracle=_first_moment_oracle,
        explanation=(
            "m_t = g·(1 − β₁ᵗ): the zero start drags the average towards 0, which is why Adam "
            "divides by (1 − β₁ᵗ)."
        ),
        decimals=4,
    ),
    parametric(
        id="60cfa0e0-55f5-4598-967b-61a95f14f593",
        slug="adam-first-step-size",
        skill="deep-learning",
        topics=["adam", "optimisers"],
        prompt=(
            "A scalar parameter θ = {theta} gets its first Adam update (β₁ = 0.9, β₂ = 0.999, "
            "ε = 1e-8, learning rate {lr}) with gradient {g}. What is θ afterwards? "
            "(4 decimal places)"
        ),
        generate=_first_step,
        answer=_first_step_answer,
        oracle=_first_step_oracle,
        explanation=(
            "After bias correction m̂ = g and √v̂ = |g|, so the first step is lr·g/(|g| + ε) ≈ "
            "lr·sign(g), whatever the gradient's scale."
        ),
        decimals=4,
    ),
    parametric(
        id="6f93bfb5-bd2e-4dae-844a-6808b1b3ff6d",
        slug="adam-second-step-ratio",
        skill="deep-learning",
        topics=["adam", "optimisers"],
        prompt=(
            "Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8) sees gradients {g1} and then {g2} on a scalar "
            "parameter. How large is the second update divided by the learning rate, i.e. "
            "m̂₂/(√v̂₂ + ε)? (3 decimal places)"
        ),
        generate=_two_gradients,
        answer=_second_step_ratio,
        oracle=_second_step_oracle,
        explanation=(
            "m₂ = 0.1·(0.9·g₁ + g₂) and v₂ = 0.001·(0.999·g₁² + g₂²); divide them by 1 − 0.9² and "
            "1 − 0.999², then take m̂₂/(√v̂₂ + ε)."
        ),
        decimals=3,
    ),
    parametric(
        id="e8a9ed43-70de-4e2b-982f-70ff37b3a7aa",
        slug="gradient-clipping-by-global-norm",
        skill="deep-learning",
        topics=["gradient-clipping", "training-stability"],
        prompt=(
            "A layer's weight gradient is ({w_text}) and its bias gradient is {bias}. Gradients "
            "are clipped to a global L2 norm of at most {max_norm}. What does the first weight "
            "gradient become? (4 decimal places)"
        ),
        generate=_gradients,
        answer=_clipped,
        oracle=_clipped_oracle,
        explanation=(
            "Take the norm over all gradients together; if it exceeds the limit, scale every "
            "gradient by max_norm / norm, otherwise leave them unchanged."
        ),
        decimals=4,
    ),
    parametric(
        id="5952cac5-6c37-4119-88eb-57dd52b3ab64",
        slug="exponentially-smoothed-loss",
        skill="deep-learning",
        topics=["monitoring", "moving-average"],
        prompt=(
            "Training losses per step were {l_text}. A smoothed curve starts at the first loss "
            "and then updates s ← {beta}·s + (1 − {beta})·loss. What is the last smoothed value? "
            "(3 decimal places)"
        ),
        generate=_losses,
        answer=_ema,
        oracle=_ema_oracle,
        explanation=(
            "Apply the update once per later loss; each older loss keeps a weight that shrinks "
            "by a factor β per step."
        ),
        decimals=3,
    ),
    parametric(
        id="b8b29f8b-6468-4511-8889-caa9162ca82a",
        slug="train-test-split-test-rows",
        skill="ml-workflow",
        topics=["data-splitting", "scikit-learn"],
        prompt=(
            "scikit-learn's train_test_split is called on {n} rows with test_size={test}. How "
            "many rows land in the test set?"
        ),
        generate=_split_sizes,
        answer=lambda p: math.ceil(p["test"] * p["n"]),
        oracle=_split_oracle,
        explanation=(
            "A float test_size is a fraction, and scikit-learn rounds the test count up: "
            "⌈test_size · n⌉; the training set gets the rest."
        ),
        units="rows",
        decimals=0,
    ),
    parametric(
        id="48b99502-ec74-4d20-8d28-2e66e989ac86",
        slug="kfold-first-training-set-size",
        skill="ml-workflow",
        topics=["cross-validation", "scikit-learn"],
        prompt=(
            "KFold with n_splits={k} (no shuffling) splits {n} rows. How many rows are in the "
            "training set of the first split?"
        ),
        generate=_folds,
        answer=lambda p: p["n"] - math.ceil(p["n"] / p["k"]),
        oracle=_first_fold_oracle,
        explanation=(
            "The first n mod k folds get one extra row, so the first validation fold has "
            "⌈n/k⌉ rows and its training set has n − ⌈n/k⌉."
        ),
        units="rows",
        decimals=0,
    ),
    parametric(
        id="48a9b53e-42d0-476c-9296-4adccd62f494",
        slug="balanced-class-weight",
        skill="ml-workflow",
        topics=["class-imbalance", "scikit-learn"],
        prompt=(
            "A 3-class dataset has {a}, {b} and {c} examples per class. With "
            "class_weight='balanced', what weight does the smallest class get? (3 decimal "
            "places)"
        ),
        generate=_class_counts,
        answer=lambda p: sum(p["counts"]) / (3 * p["c"]),
        oracle=_balanced_oracle,
        explanation=(
            "weight_c = n_samples / (n_classes · n_c): every class then carries the same total "
            "weight in the loss."
        ),
        decimals=3,
    ),
    parametric(
        id="33c74415-49d9-4484-b8ef-02a2c5c7f822",
        slug="xavier-uniform-bound",
        skill="deep-learning",
        topics=["initialisation"],
        prompt=(
            "A dense layer has fan-in {fan_in} and fan-out {fan_out}. Glorot (Xavier) uniform "
            "initialisation draws weights from U(−a, a). What is a? (4 decimal places)"
        ),
        generate=_fans,
        answer=lambda p: math.sqrt(6 / (p["fan_in"] + p["fan_out"])),
        oracle=_xavier_oracle,
        explanation=("a = √(6/(fan_in + fan_out)), so that Var(W) = a²/3 = 2/(fan_in + fan_out)."),
        decimals=4,
    ),
    parametric(
        id="8f85931c-abb2-4d1e-a01e-ab45a02e0d77",
        slug="he-initialisation-std-for-conv",
        skill="deep-learning",
        topics=["initialisation", "cnn"],
        prompt=(
            "A convolution has {c_in} input channels, {c_out} output channels and {k}×{k} "
            "kernels, followed by ReLU. What standard deviation does He (Kaiming) normal "
            "initialisation with fan-in mode use? (4 decimal places)"
        ),
        generate=_conv_layer,
        answer=lambda p: math.sqrt(2 / (p["c_in"] * p["k"] ** 2)),
        oracle=_he_oracle,
        explanation=(
            "std = √(2 / fan_in) with fan_in = C_in·k·k, the inputs feeding one output; the 2 "
            "makes up for ReLU zeroing half the signal."
        ),
        decimals=4,
    ),
    parametric(
        id="3d3548e7-7381-4818-ae45-ab2f8bf3ee35",
        slug="label-smoothing-true-class-target",
        skill="deep-learning",
        topics=["label-smoothing", "losses"],
        prompt=(
            "Label smoothing with ε = {eps} is used over {classes} classes. What target "
            "probability does the true class get? (4 decimal places)"
        ),
        generate=_smoothing,
        answer=lambda p: 1 - p["eps"] + p["eps"] / p["classes"],
        oracle=_smoothing_oracle,
        explanation=(
            "The target is (1 − ε)·one-hot + ε·uniform, so the true class gets 1 − ε + ε/K and "
            "every other class ε/K."
        ),
        decimals=4,
    ),
]
