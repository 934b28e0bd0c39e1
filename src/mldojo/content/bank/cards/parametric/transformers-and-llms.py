"""Parametric cards on transformer and LLM numbers: layer sizes, training compute, serving speed,
positional encodings, attention weights and sampling."""

import math

from mldojo.content.cards import parametric

DECK = "transformers-and-llms"

GIB = 2**30


def _show(values):
    return ", ".join(f"{v:g}" for v in values)


def _count(*shapes):
    """Number of entries in arrays of these shapes, counted from NumPy arrays that use no memory."""
    import numpy as np

    return int(sum(np.broadcast_to(np.zeros(1), shape).size for shape in shapes))


# -- layer sizes ---------------------------------------------------------------------------------


def _swiglu(rng):
    d = rng.choice([512, 768, 1024, 2048, 4096])
    return {"d": d, "hidden": 256 * rng.randint(d // 128, d // 32)}


def _swiglu_oracle(p):
    # Gate and up projections (hidden × d each), down projection (d × hidden), no biases.
    d, h = p["d"], p["hidden"]
    return float(_count((h, d), (h, d), (d, h)))


def _gqa(rng):
    heads = rng.choice([8, 16, 32, 64])
    return {
        "d": heads * rng.choice([64, 128]),
        "heads": heads,
        "kv_heads": rng.choice([g for g in (1, 2, 4, 8) if g < heads]),
    }


def _gqa_answer(p):
    head_dim = p["d"] // p["heads"]
    return 2 * p["d"] ** 2 + 2 * p["d"] * p["kv_heads"] * head_dim


def _gqa_oracle(p):
    # W_q: d → heads·head_dim, W_k and W_v: d → kv_heads·head_dim, W_o: heads·head_dim → d.
    head_dim = p["d"] // p["heads"]
    q_width, kv_width = p["heads"] * head_dim, p["kv_heads"] * head_dim
    return float(
        _count((q_width, p["d"]), (kv_width, p["d"]), (kv_width, p["d"]), (p["d"], q_width))
    )


def _gpt(rng):
    heads = rng.choice([8, 12, 16, 20, 25])
    return {
        "vocab": rng.choice([32000, 50257, 50304, 65536]),
        "context": rng.choice([512, 1024, 2048]),
        "d": heads * 64,
        "layers": rng.choice([6, 12, 24, 36, 48]),
    }


def _gpt_answer(p):
    d = p["d"]
    return p["vocab"] * d + p["context"] * d + p["layers"] * (12 * d * d + 13 * d) + 2 * d


def _gpt_oracle(p):
    # List every tensor of a GPT-2 model, as its state dict names them, and add up their sizes.
    d = p["d"]
    block = [
        (d,),  # ln_1.weight
        (d,),  # ln_1.bias
        (d, 3 * d),  # attn.c_attn.weight
        (3 * d,),  # attn.c_attn.bias
        (d, d),  # attn.c_proj.weight
        (d,),  # attn.c_proj.bias
        (d,),  # ln_2.weight
        (d,),  # ln_2.bias
        (d, 4 * d),  # mlp.c_fc.weight
        (4 * d,),  # mlp.c_fc.bias
        (4 * d, d),  # mlp.c_proj.weight
        (d,),  # mlp.c_proj.bias
    ]
    shapes = [(p["vocab"], d), (p["context"], d), *block * p["layers"], (d,), (d,)]
    return float(_count(*shapes))


# -- training compute and serving ----------------------------------------------------------------


def _compute(rng):
    return {
        "params": rng.choice([1, 3, 7, 8, 13, 34, 70]),
        "tokens": rng.choice([100, 300, 1000, 1400, 2000]),
        "peak": rng.choice([312, 989]),
        "mfu": rng.choice([0.3, 0.35, 0.4, 0.45, 0.5]),
    }


def _gpu_hours(p):
    flops = 6 * p["params"] * 1e9 * p["tokens"] * 1e9
    return flops / (p["peak"] * 1e12 * p["mfu"]) / 3600 / 1000


def _gpu_hours_oracle(p):
    # Per token: a forward pass of 2 FLOPs per parameter, a backward pass of twice that.
    import numpy as np

    per_token = np.float64(p["params"] * 1e9) * (2 + 4)
    seconds = per_token * p["tokens"] * 1e9 / np.multiply(p["peak"] * 1e12, p["mfu"])
    return float(seconds / (60 * 60) / 1e3)


_DTYPES = {"float16": 2, "int8": 1, "4-bit": 0.5}


def _bandwidth(rng):
    return {
        "params": rng.choice([1, 3, 7, 8, 13, 34, 70]),
        "dtype": rng.choice(list(_DTYPES)),
        "bandwidth": rng.choice([0.9, 1.0, 1.6, 2.0, 3.35]),
    }


def _decode_speed(p):
    return p["bandwidth"] * 1e12 / (p["params"] * 1e9 * _DTYPES[p["dtype"]])


def _decode_speed_oracle(p):
    # Seconds to stream the weights once, then invert.
    import numpy as np

    bits = {"float16": 16, "int8": 8, "4-bit": 4}[p["dtype"]]
    weight_bytes = np.float64(p["params"]) * 1e9 * bits / 8
    return float(np.reciprocal(weight_bytes / (p["bandwidth"] * 1e12)))


def _quantised(rng):
    return {"params": rng.choice([7, 8, 13, 34, 70, 180]), "group": rng.choice([32, 64, 128])}


def _quantised_answer(p):
    bits_per_weight = 4 + 16 / p["group"]
    return p["params"] * 1e9 * bits_per_weight / 8 / GIB


def _quantised_oracle(p):
    # Packed nibbles (two weights per byte) plus one float16 scale per group.
    import numpy as np

    n = p["params"] * 10**9
    packed = np.broadcast_to(np.zeros(1, np.uint8), (n // 2,)).nbytes
    scales = np.broadcast_to(np.zeros(1, np.float16), (n // p["group"],)).nbytes
    return float((packed + scales) / GIB)


def _latency(rng):
    return {
        "batch": rng.choice([1, 4, 8, 16, 32, 64, 128]),
        "step_ms": rng.randint(12, 80),
    }


def _throughput_oracle(p):
    # Each sequence in the batch gets one token per step; add up the per-sequence rates.
    import numpy as np

    per_sequence = np.full(p["batch"], np.divide(1.0, p["step_ms"] / 1000))
    return float(per_sequence.sum())


def _generation(rng):
    return {
        "ttft": rng.randint(80, 900),
        "tpot": rng.randint(8, 60),
        "n": rng.randint(50, 800),
    }


def _generation_oracle(p):
    import numpy as np

    arrivals = np.cumsum([p["ttft"], *[p["tpot"]] * (p["n"] - 1)])
    return float(arrivals[-1] / 1000)


# -- evaluation ----------------------------------------------------------------------------------


def _bpb(rng):
    return {
        "loss": round(rng.uniform(1.5, 3.5), 2),
        "bytes_per_token": round(rng.uniform(3.0, 4.8), 1),
    }


def _bpb_answer(p):
    return p["loss"] / math.log(2) / p["bytes_per_token"]


def _bpb_oracle(p):
    # Total bits over a corpus of a million tokens, divided by its bytes.
    import numpy as np

    tokens = 1_000_000
    total_bits = tokens * np.log2(np.exp(p["loss"]))
    return float(total_bits / (tokens * p["bytes_per_token"]))


# -- positions, attention and sampling -----------------------------------------------------------


def _position(rng):
    d = rng.choice([64, 128, 256, 512])
    return {"d": d, "pos": rng.randint(1, 200), "j": rng.randrange(16)}


def _sinusoid(p):
    i = p["j"] // 2
    angle = p["pos"] / 10000 ** (2 * i / p["d"])
    return math.sin(angle) if p["j"] % 2 == 0 else math.cos(angle)


def _sinusoid_oracle(p):
    # The whole table, built the way the common PyTorch implementation does.
    import numpy as np

    positions = np.arange(p["pos"] + 1)[:, None]
    div_term = np.exp(np.arange(0, p["d"], 2) * (-np.log(10000.0) / p["d"]))
    table = np.zeros((p["pos"] + 1, p["d"]))
    table[:, 0::2] = np.sin(positions * div_term)
    table[:, 1::2] = np.cos(positions * div_term)
    return float(table[p["pos"], p["j"]])


def _vector(rng, n):
    return [rng.randint(-2, 2) for _ in range(n)]


def _attention(rng):
    query = _vector(rng, 4)
    while not any(query):
        query = _vector(rng, 4)
    keys = [_vector(rng, 4) for _ in range(3)]
    return {
        "q": query,
        "keys": keys,
        "q_text": _show(query),
        "k0": _show(keys[0]),
        "k1": _show(keys[1]),
        "k2": _show(keys[2]),
        "j": rng.randrange(3),
    }


def _attention_answer(p):
    scale = math.sqrt(len(p["q"]))
    scores = [sum(a * b for a, b in zip(p["q"], key, strict=True)) / scale for key in p["keys"]]
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    return weights[p["j"]] / sum(weights)


def _attention_oracle(p):
    import numpy as np
    from scipy.special import softmax

    q = np.array(p["q"], dtype=float)[None, :]
    k = np.array(p["keys"], dtype=float)
    return float(softmax(q @ k.T / np.sqrt(k.shape[1]), axis=-1)[0, p["j"]])


def _top_k(rng):
    logits = [v / 10 for v in rng.sample(range(-20, 50), 5)]
    return {"logits": logits, "z_text": _show(logits), "k": rng.choice([2, 3, 4])}


def _top_k_answer(p):
    kept = sorted(p["logits"], reverse=True)[: p["k"]]
    return math.exp(kept[0]) / sum(math.exp(v) for v in kept)


def _top_k_oracle(p):
    import numpy as np
    from scipy.special import softmax

    z = np.array(p["logits"])
    threshold = np.partition(z, -p["k"])[-p["k"]]
    masked = np.where(z >= threshold, z, -np.inf)
    return float(softmax(masked).max())


CARDS = [
    parametric(
        id="80124f91-c82b-43c8-b9ab-54247c8431b0",
        slug="swiglu-feed-forward-parameters",
        skill="nlp-llm",
        topics=["transformers", "parameter-count", "feed-forward"],
        prompt=(
            "A LLaMA-style SwiGLU feed-forward layer has model width {d} and hidden size "
            "{hidden}: a gate and an up projection from d to hidden, a down projection back to "
            "d, and no biases. How many parameters does it have?"
        ),
        generate=_swiglu,
        answer=lambda p: 3 * p["d"] * p["hidden"],
        oracle=_swiglu_oracle,
        explanation=(
            "Three d×hidden matrices: 3·d·hidden. That is why SwiGLU models use a hidden size "
            "near 8d/3 instead of 4d, to match a plain two-matrix FFN's 8d²."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="ae304e8f-54c7-4f6a-a28a-e81c18e98797",
        slug="grouped-query-attention-parameters",
        skill="nlp-llm",
        topics=["transformers", "attention", "parameter-count"],
        prompt=(
            "A grouped-query attention layer has model width {d}, {heads} query heads and "
            "{kv_heads} key/value heads, each head of size d/{heads}; the projections have no "
            "biases. How many parameters do the Q, K, V and output projections hold together?"
        ),
        generate=_gqa,
        answer=_gqa_answer,
        oracle=_gqa_oracle,
        explanation=(
            "Q and output projections are d×d each; K and V map d to kv_heads·head_dim each: "
            "2·d² + 2·d·kv_heads·(d/heads)."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="b53d7ad1-67c6-40f4-946c-2242536342ee",
        slug="gpt2-style-total-parameters",
        skill="nlp-llm",
        topics=["transformers", "parameter-count", "gpt"],
        prompt=(
            "A GPT-2-style decoder has a vocabulary of {vocab} tokens, {context} learned "
            "positions, width d = {d} and {layers} blocks; each block has two LayerNorms, a "
            "fused QKV projection, an output projection and a 4d-wide MLP, all with biases; "
            "there is a final LayerNorm and the output head is tied to the token embedding. "
            "How many parameters does it have?"
        ),
        generate=_gpt,
        answer=_gpt_answer,
        oracle=_gpt_oracle,
        explanation=(
            "Embeddings V·d + T·d; per block 12d² + 13d (attention 4d² + 4d, MLP 8d² + 5d, two "
            "LayerNorms 4d); plus 2d for the final LayerNorm. GPT-2 small comes to 124,439,808."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="bfc74807-6494-48ed-aeae-a45b0d673ee7",
        slug="training-run-gpu-hours",
        skill="nlp-llm",
        topics=["scaling-laws", "training-compute"],
        prompt=(
            "A dense transformer with {params}B parameters is trained on {tokens}B tokens on GPUs "
            "with a peak of {peak} TFLOP/s, at a model FLOPs utilisation of {mfu}. Using the 6·N·D "
            "rule, how many GPU-hours does the run take? (in thousands of GPU-hours, within 1%)"
        ),
        generate=_compute,
        answer=_gpu_hours,
        oracle=_gpu_hours_oracle,
        explanation=(
            "Training FLOPs ≈ 6·N·D (2 per parameter per token forward, 4 backward); divide by "
            "peak × MFU to get GPU-seconds, then by 3,600."
        ),
        units="thousand GPU-hours",
        rel=0.01,
    ),
    parametric(
        id="2d6b6a63-62f6-44ff-8251-735799082e51",
        slug="memory-bound-decode-speed",
        skill="nlp-llm",
        topics=["inference", "serving", "memory-bandwidth"],
        prompt=(
            "A model with {params}B parameters stored as {dtype} weights decodes at batch "
            "size 1 on a GPU with {bandwidth} TB/s of memory bandwidth (1 TB = 10^12 bytes). "
            "Every token reads all the weights once and nothing else. What is the upper bound "
            "on tokens per second? (1 decimal place)"
        ),
        generate=_bandwidth,
        answer=_decode_speed,
        oracle=_decode_speed_oracle,
        explanation=(
            "Batch-1 decoding is memory-bound: tokens/s ≤ bandwidth / (parameters × bytes per "
            "parameter), with 2 bytes for float16, 1 for int8 and 0.5 for 4-bit."
        ),
        units="tokens/s",
        decimals=1,
    ),
    parametric(
        id="30a90cf9-10dc-4c86-9ce4-c6724bca1ddc",
        slug="group-quantised-weights-memory",
        skill="nlp-llm",
        topics=["quantisation", "inference", "memory"],
        prompt=(
            "A model with {params}B parameters is quantised to 4-bit weights with one float16 "
            "scale per group of {group} weights (no zero points). How much memory do the weights "
            "take? (in GiB, where 1 GiB = 2^30 bytes, 2 decimal places)"
        ),
        generate=_quantised,
        answer=_quantised_answer,
        oracle=_quantised_oracle,
        explanation=(
            "Each weight costs 4 + 16/group bits (its nibble plus its share of the scale); "
            "multiply by the parameter count, divide by 8 for bytes and by 2^30 for GiB."
        ),
        units="GiB",
        decimals=2,
    ),
    parametric(
        id="17f6e48d-9721-43c6-b464-ee97b52d3f2c",
        slug="decode-throughput-from-step-latency",
        skill="nlp-llm",
        topics=["inference", "serving", "throughput"],
        prompt=(
            "A server decodes a batch of {batch} sequences together; each decoding step produces "
            "one token per sequence and takes {step_ms} ms. What is its throughput in tokens per "
            "second? (1 decimal place)"
        ),
        generate=_latency,
        answer=lambda p: p["batch"] * 1000 / p["step_ms"],
        oracle=_throughput_oracle,
        explanation=(
            "Steps per second = 1000 / step latency in ms, and each step yields one token per "
            "sequence: throughput = batch × 1000 / ms."
        ),
        units="tokens/s",
        decimals=1,
    ),
    parametric(
        id="0e47082b-bbaa-4a89-b952-f088c837f8c9",
        slug="generation-time-from-ttft-and-tpot",
        skill="nlp-llm",
        topics=["inference", "latency"],
        prompt=(
            "An LLM endpoint has a time to first token of {ttft} ms and a time per output token "
            "of {tpot} ms after that. How long does a {n}-token response take from request to "
            "last token? (in seconds, 3 decimal places)"
        ),
        generate=_generation,
        answer=lambda p: (p["ttft"] + (p["n"] - 1) * p["tpot"]) / 1000,
        oracle=_generation_oracle,
        explanation=(
            "The first token arrives after the TTFT (prefill), the other n − 1 one TPOT apart: "
            "TTFT + (n − 1)·TPOT."
        ),
        units="s",
        decimals=3,
    ),
    parametric(
        id="fb278352-bf1c-4bc7-a3f9-22ee2f48a4b8",
        slug="bits-per-byte-from-token-loss",
        skill="nlp-llm",
        topics=["evaluation", "language-models", "tokenisation"],
        prompt=(
            "A language model's mean cross-entropy is {loss} nats per token and its tokenizer "
            "averages {bytes_per_token} bytes of text per token. What is the model's loss in "
            "bits per byte? (3 decimal places)"
        ),
        generate=_bpb,
        answer=_bpb_answer,
        oracle=_bpb_oracle,
        explanation=(
            "Divide by ln 2 to convert nats to bits, then by the bytes per token: bits per byte "
            "compares models whose tokenizers differ."
        ),
        units="bits/byte",
        decimals=3,
    ),
    parametric(
        id="5c46120c-ad11-4115-8bc1-cd0692df6f2d",
        slug="sinusoidal-positional-encoding-entry",
        skill="nlp-llm",
        topics=["transformers", "positional-encoding"],
        prompt=(
            "In the original Transformer's sinusoidal positional encoding with d_model = {d}, "
            "what is the entry at position {pos}, dimension {j} (both counted from 0)? "
            "(4 decimal places)"
        ),
        generate=_position,
        answer=_sinusoid,
        oracle=_sinusoid_oracle,
        explanation=(
            "With i = ⌊j/2⌋, the angle is pos / 10000^(2i/d); even dimensions take its sine and "
            "odd dimensions its cosine."
        ),
        decimals=4,
    ),
    parametric(
        id="509b5946-8579-4b85-9464-a938ff1ecd5e",
        slug="attention-weight-for-one-key",
        skill="nlp-llm",
        topics=["transformers", "attention", "softmax"],
        prompt=(
            "Scaled dot-product attention: the query is ({q_text}) and the three keys are "
            "k0 = ({k0}), k1 = ({k1}), k2 = ({k2}). What attention weight does key k{j} get? "
            "(3 decimal places)"
        ),
        generate=_attention,
        answer=_attention_answer,
        oracle=_attention_oracle,
        explanation=(
            "Score each key by q·k / √d_k (here d_k = 4, so divide by 2), then take the softmax "
            "of the three scores."
        ),
        decimals=3,
    ),
    parametric(
        id="e33534eb-084e-4434-bf2a-237aa97f5726",
        slug="top-k-sampling-top-probability",
        skill="nlp-llm",
        topics=["sampling", "decoding", "softmax"],
        prompt=(
            "Next-token logits are ({z_text}). With top-k sampling at k = {k} and temperature 1, "
            "what probability does the most likely token get? (3 decimal places)"
        ),
        generate=_top_k,
        answer=_top_k_answer,
        oracle=_top_k_oracle,
        explanation=(
            "Keep the k largest logits and renormalise: p = e^(z_max) / Σ over the k kept "
            "logits of e^z. Dropping the tail raises every kept token's probability."
        ),
        decimals=3,
    ),
]
