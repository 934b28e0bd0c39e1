"""Parametric cards on sizing neural networks: parameter counts, memory and FLOPs."""

import math

from mldojo.content.cards import parametric

DECK = "neural-network-sizing"

MIB = 2**20
GIB = 2**30
_BYTES = {"float32": 4, "float16": 2, "int8": 1}




def _count(*shapes):
    """Number of entries in arrays of these shapes, counted from NumPy arrays that use no memory."""
    import numpy as np

    return sum(np.broadcast_to(np.zeros(1), shape).size for shape in shapes)


def _nbytes(dtype, *shapes):
    """Bytes held by arrays of these shapes and dtype, from zero-stride NumPy views."""
    import numpy as np

    return sum(np.broadcast_to(np.zeros(1, dtype=dtype), shape).nbytes for shape in shapes)


def _quietly(fit, *args):
    """Call fit(*args) with scikit-learn's convergence warnings silenced: the oracle datasets are
    tiny and the fits only need to produce arrays of the right shapes."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit(*args)


# -- dense layers and MLPs -----------------------------------------------------------------------


def _dense(rng):
    return {
        "n_in": rng.choice([3, 16, 64, 128, 300, 512, 768, 784, 1024]),
        "n_out": rng.choice([1, 10, 32, 64, 100, 256, 512, 1000]),
    }


def _dense_oracle(p):
    try:
        import torch

        layer = torch.nn.Linear(p["n_in"], p["n_out"])
        return float(sum(t.numel() for t in layer.parameters()))
    except ImportError:
        return float(_count((p["n_in"], p["n_out"]), (p["n_out"],)))


def _mlp(rng):
    return {
        "d": rng.choice([8, 20, 64, 100, 784]),
        "h1": rng.choice([16, 32, 64, 128, 256]),
        "h2": rng.choice([8, 16, 32, 64]),
        "k": rng.randint(3, 10),
    }


def _mlp_answer(p):
    return (p["d"] + 1) * p["h1"] + (p["h1"] + 1) * p["h2"] + (p["h2"] + 1) * p["k"]


def _mlp_oracle(p):
    # Fit scikit-learn's MLP for one iteration on random data and count its arrays.
    import numpy as np
    from sklearn.neural_network import MLPClassifier

    rng = np.random.default_rng(0)
    x = rng.normal(size=(2 * p["k"], p["d"]))
    y = np.arange(2 * p["k"]) % p["k"]
    model = _quietly(MLPClassifier(hidden_layer_sizes=(p["h1"], p["h2"]), max_iter=1).fit, x, y)
    return float(sum(a.size for a in model.coefs_) + sum(b.size for b in model.intercepts_))


# -- recurrent cells -----------------------------------------------------------------------------


def _recurrent(rng):
    return {
        "n_in": rng.choice([16, 32, 50, 100, 128, 300, 512]),
        "hidden": rng.choice([32, 64, 128, 256, 512, 1024]),
    }


def _gated_oracle(gates, torch_cls):
    def oracle(p):
        try:
            import torch

            layer = getattr(torch.nn, torch_cls)(p["n_in"], p["hidden"])
            return float(sum(t.numel() for t in layer.parameters()))
        except ImportError:
            h, i = p["hidden"], p["n_in"]
            # weight_ih, weight_hh, bias_ih, bias_hh, each stacking all gates.
            return float(_count((gates * h, i), (gates * h, h), (gates * h,), (gates * h,)))

    return oracle


# -- embeddings and memory -----------------------------------------------------------------------


def _embedding(rng):
    return {
        "vocab": rng.choice([30522, 32000, 50257, 65536, 128256, 250000]),
        "dim": rng.choice([256, 512, 768, 1024, 2048, 4096]),
        "dtype": rng.choice(["float32", "float16", "int8"]),
    }


def _embedding_oracle(p):
    return float(_nbytes(p["dtype"], (p["vocab"], p["dim"])) / MIB)


def _model_size(rng):
    millions = rng.choice([125, 350, 774, 1300, 2700, 6700, 13000])
    size = f"{millions}M" if millions < 1000 else f"{millions / 1000:g}B"
    return {"millions": millions, "size": size}


def _adam_memory_oracle(p):
    # Weights, gradients, first and second moments: four float32 arrays of every parameter.
    n = p["millions"] * 10**6
    return float(_nbytes("float32", (n,), (n,), (n,), (n,)) / GIB)


def _kv_cache(rng):
    return {
        "layers": rng.choice([24, 32, 40, 80]),
        "kv_heads": rng.choice([8, 8, 32, 40]),
        "head_dim": rng.choice([64, 128]),
        "context": rng.choice([2048, 4096, 8192, 32768]),
        "batch": rng.choice([1, 4, 8, 16]),
    }


def _kv_answer(p):
    per_token = 2 * p["layers"] * p["kv_heads"] * p["head_dim"] * 2
    return per_token * p["context"] * p["batch"] / GIB


def _kv_oracle(p):
    # One key and one value tensor of shape (batch, kv_heads, context, head_dim) per layer.
    shape = (p["batch"], p["kv_heads"], p["context"], p["head_dim"])
    return float(_nbytes("float16", *([shape] * (2 * p["layers"]))) / GIB)


def _scores(rng):
    return {
        "batch": rng.choice([1, 2, 4, 8, 16]),
        "heads": rng.choice([8, 12, 16, 32]),
        "seq": rng.choice([1024, 2048, 4096, 8192]),
        "dtype": rng.choice(["float32", "float16"]),
    }


def _scores_oracle(p):
    shape = (p["batch"], p["heads"], p["seq"], p["seq"])
    return float(_nbytes(p["dtype"], shape) / MIB)


# -- attention and transformer blocks ------------------------------------------------------------


def _attention(rng):
    heads = rng.choice([4, 8, 12, 16, 32])
    return {"d": heads * rng.choice([32, 64, 80, 128]), "heads": heads}


def _attention_oracle(p):
    # Count per-head query, key and value projections, then the shared output projection.
    d, h = p["d"], p["heads"]
    per_head = [(d, d // h), (d // h,)] * 3
    try:
        import torch

        layer = torch.nn.MultiheadAttention(d, h)
        return float(sum(t.numel() for t in layer.parameters()))
    except ImportError:
        return float(h * _count(*per_head) + _count((d, d), (d,)))


def _block(rng):
    d = rng.choice([256, 512, 768, 1024, 2048])
    return {"d": d, "ff": d * rng.choice([2, 4]), "heads": rng.choice([4, 8, 16])}


def _block_answer(p):
    d, ff = p["d"], p["ff"]
    attention = 4 * d * d + 4 * d
    feed_forward = d * ff + ff + ff * d + d
    norms = 2 * 2 * d
    return attention + feed_forward + norms


def _block_oracle(p):
    d, ff = p["d"], p["ff"]
    try:
        import torch

        layer = torch.nn.TransformerEncoderLayer(d, p["heads"], dim_feedforward=ff)
        return float(sum(t.numel() for t in layer.parameters()))
    except ImportError:
        shapes = [
            (3 * d, d), (3 * d,), (d, d), (d,),  # attention in- and out-projections
            (ff, d), (ff,), (d, ff), (d,),  # feed-forward
            (d,), (d,), (d,), (d,),  # two LayerNorms: scale and shift
        ]  # fmt: skip
        return float(_count(*shapes))


def _lora(rng):
    return {
        "layers": rng.choice([12, 24, 32, 40]),
        "d": rng.choice([768, 1024, 2048, 4096, 5120]),
        "rank": rng.choice([4, 8, 16, 32, 64]),
        "targets": rng.choice(["query and value", "query, key, value and output"]),
    }


def _lora_matrices(p):
    return 2 if p["targets"] == "query and value" else 4


def _lora_oracle(p):
    # Each adapted d×d matrix gets A (rank × d) and B (d × rank).
    per_matrix = _count((p["rank"], p["d"]), (p["d"], p["rank"]))
    return float(p["layers"] * _lora_matrices(p) * per_matrix)


# -- FLOPs ---------------------------------------------------------------------------------------


def _matmul(rng):
    sizes = [256, 512, 768, 1024, 2048, 4096, 8192]
    return {"m": rng.choice(sizes), "k": rng.choice(sizes), "n": rng.choice(sizes)}


def _matmul_oracle(p):
    # NumPy's contraction planner reports the naive FLOP count of the einsum.
    import numpy as np

    a = np.broadcast_to(np.zeros(1), (p["m"], p["k"]))
    b = np.broadcast_to(np.zeros(1), (p["k"], p["n"]))
    report = np.einsum_path("ij,jk->ik", a, b, optimize=False)[1]
    line = next(row for row in report.splitlines() if "Naive FLOP count" in row)
    return float(line.split(":")[1]) / 1e9


CARDS = [
    parametric(
        id="b809f751-5ce0-416d-a1ea-64da842f744a",
        slug="dense-layer-parameter-count",
        skill="deep-learning",
        topics=["parameter-count", "mlp"],
        prompt=(
            "A fully connected layer maps {n_in} inputs to {n_out} outputs, with a bias per "
            "output. How many trainable parameters does it have?"
        ),
        generate=_dense,
        answer=lambda p: (p["n_in"] + 1) * p["n_out"],
        oracle=_dense_oracle,
        explanation=(
            "A weight for every input–output pair plus one bias per output: (n_in + 1)·n_out."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="7e8080ff-57aa-43fa-9d29-5edf4bb72542",
        slug="mlp-total-parameter-count",
        skill="deep-learning",
        topics=["parameter-count", "mlp"],
        prompt=(
            "An MLP classifier takes {d} features, has hidden layers of {h1} and {h2} units and "
            "an output layer for {k} classes; every layer is dense with biases. How many trainable "
            "parameters does it have in total?"
        ),
        generate=_mlp,
        answer=_mlp_answer,
        oracle=_mlp_oracle,
        explanation=(
            "Add (fan_in + 1)·fan_out over the three layers: (d + 1)·h₁ + (h₁ + 1)·h₂ + (h₂ + 1)·k."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="6098d343-d1e7-471b-86ed-e8c879768e6d",
        slug="lstm-layer-parameter-count",
        skill="deep-learning",
        topics=["parameter-count", "rnn", "lstm"],
        prompt=(
            "A single-layer LSTM has input size {n_in} and hidden size {hidden}, with two bias "
            "vectors per gate as in PyTorch. How many trainable parameters does it have?"
        ),
        generate=_recurrent,
        answer=lambda p: 4 * p["hidden"] * (p["n_in"] + p["hidden"] + 2),
        oracle=_gated_oracle(4, "LSTM"),
        explanation=(
            "Four gates (input, forget, cell, output), each with an input matrix h×i, a recurrent "
            "matrix h×h and two biases of size h: 4·h·(i + h + 2)."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="a50a0360-babc-43ed-af7c-4e15738b2232",
        slug="gru-layer-parameter-count",
        skill="deep-learning",
        topics=["parameter-count", "rnn", "gru"],
        prompt=(
            "A single-layer GRU has input size {n_in} and hidden size {hidden}, with two bias "
            "vectors per gate as in PyTorch. How many trainable parameters does it have?"
        ),
        generate=_recurrent,
        answer=lambda p: 3 * p["hidden"] * (p["n_in"] + p["hidden"] + 2),
        oracle=_gated_oracle(3, "GRU"),
        explanation=(
            "Three gates (reset, update, candidate), each with h×i and h×h matrices and two "
            "biases of size h: 3·h·(i + h + 2), three quarters of an LSTM of the same size."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="bea04b6c-eee8-4dfe-acd1-3d34d76732fc",
        slug="embedding-table-memory",
        skill="nlp-llm",
        topics=["embeddings", "memory"],
        prompt=(
            "An embedding table has a vocabulary of {vocab} tokens and {dim} dimensions, stored "
            "as {dtype}. How much memory does it take? (in MiB, where 1 MiB = 2^20 bytes, 1 "
            "decimal place)"
        ),
        generate=_embedding,
        answer=lambda p: p["vocab"] * p["dim"] * _BYTES[p["dtype"]] / MIB,
        oracle=_embedding_oracle,
        explanation=(
            "vocab × dim entries times bytes per entry (4 for float32, 2 for float16, 1 for "
            "int8), divided by 2^20."
        ),
        units="MiB",
        decimals=1,
    ),
    parametric(
        id="7eeba2d2-d56e-47f5-8145-b6edaa116330",
        slug="adam-training-state-memory",
        skill="deep-learning",
        topics=["memory", "optimisers"],
        prompt=(
            "A {size}-parameter model is trained in float32 with Adam. Counting weights, "
            "gradients and Adam's two moment estimates (ignore activations), how much memory "
            "is needed? (in GiB, where 1 GiB = 2^30 bytes, 2 decimal places)"
        ),
        generate=_model_size,
        answer=lambda p: p["millions"] * 10**6 * 16 / GIB,
        oracle=_adam_memory_oracle,
        explanation=(
            "Four float32 copies of every parameter, 16 bytes each: N × 16 bytes, divided by 2^30."
        ),
        units="GiB",
        decimals=2,
    ),
    parametric(
        id="5f9cd637-e79c-4971-8ce7-cd889b6f8236",
        slug="kv-cache-memory",
        skill="nlp-llm",
        topics=["kv-cache", "inference", "memory"],
        prompt=(
            "A decoder has {layers} layers with {kv_heads} key/value heads of dimension "
            "{head_dim}, cached in float16. How much memory does the KV cache need for a batch "
            "of {batch} sequences of {context} tokens? (in GiB, where 1 GiB = 2^30 bytes, 2 "
            "decimal places)"
        ),
        generate=_kv_cache,
        answer=_kv_answer,
        oracle=_kv_oracle,
        explanation=(
            "Per token and layer the cache holds a key and a value of kv_heads × head_dim "
            "numbers: 2·layers·kv_heads·head_dim·2 bytes per token, times tokens and batch."
        ),
        units="GiB",
        decimals=2,
    ),
    parametric(
        id="9a43e2e1-8d1a-4cda-b8f8-3708af100153",
        slug="attention-score-matrix-memory",
        skill="nlp-llm",
        topics=["attention", "memory"],
        prompt=(
            "Self-attention over {seq} tokens with {heads} heads and batch size {batch} "
            "materialises the full score matrices in {dtype}. How much memory do they take? "
            "(in MiB, where 1 MiB = 2^20 bytes, as an integer)"
        ),
        generate=_scores,
        answer=lambda p: p["batch"] * p["heads"] * p["seq"] ** 2 * _BYTES[p["dtype"]] / MIB,
        oracle=_scores_oracle,
        explanation=(
            "One seq × seq matrix per head and sequence: batch·heads·seq²·bytes; the quadratic "
            "growth in seq is what fused attention kernels avoid storing."
        ),
        units="MiB",
        decimals=0,
    ),
    parametric(
        id="40583051-208e-4e86-9357-4bfe2e36f339",
        slug="multi-head-attention-parameter-count",
        skill="nlp-llm",
        topics=["attention", "parameter-count", "transformers"],
        prompt=(
            "A multi-head self-attention layer has model width {d} and {heads} heads; the query, "
            "key, value and output projections are all d×d with biases. How many trainable "
            "parameters does it have?"
        ),
        generate=_attention,
        answer=lambda p: 4 * p["d"] * p["d"] + 4 * p["d"],
        oracle=_attention_oracle,
        explanation=(
            "Four d×d projections with biases: 4·d² + 4·d. The heads split d into slices, so their "
            "number does not change the count."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="dcedac12-9aea-4ca8-bc33-4afb63e5aefe",
        slug="transformer-encoder-block-parameters",
        skill="nlp-llm",
        topics=["transformers", "parameter-count"],
        prompt=(
            "A transformer encoder block has width d = {d}, {heads} attention heads and a "
            "feed-forward inner size of {ff}. With biases everywhere and two LayerNorms (scale "
            "and shift), how many trainable parameters does it have?"
        ),
        generate=_block,
        answer=_block_answer,
        oracle=_block_oracle,
        explanation=(
            "Attention 4d² + 4d, feed-forward 2·d·ff + ff + d, LayerNorms 4d; for ff = 4d the "
            "block is about 12d²."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="cb917a51-93c9-4b21-98ce-e3f17ca83930",
        slug="lora-adapter-parameter-count",
        skill="nlp-llm",
        topics=["fine-tuning", "lora", "parameter-count"],
        prompt=(
            "LoRA with rank {rank} is applied to the {targets} projections (each {d}×{d}) of all "
            "{layers} layers of a transformer. How many trainable parameters does it add?"
        ),
        generate=_lora,
        answer=lambda p: p["layers"] * _lora_matrices(p) * 2 * p["rank"] * p["d"],
        oracle=_lora_oracle,
        explanation=(
            "Each adapted d×d matrix gets a rank×d matrix A and a d×rank matrix B, 2·r·d "
            "parameters; multiply by adapted matrices per layer and by layers."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="8327c8b2-4f36-4eb9-9adb-e5abc32b927a",
        slug="matmul-flop-count",
        skill="deep-learning",
        topics=["flops", "compute"],
        prompt=(
            "A is {m}×{k} and B is {k}×{n}. How many floating-point operations does computing "
            "A·B take, counting each multiply and each add? (in GFLOP, where 1 GFLOP = 10^9, 3 "
            "significant figures)"
        ),
        generate=_matmul,
        answer=lambda p: 2 * p["m"] * p["k"] * p["n"] / 1e9,
        oracle=_matmul_oracle,
        explanation=(
            "Each of the m·n outputs is a length-k dot product: k multiplies and about k adds, so "
            "2·m·k·n operations."
        ),
        units="GFLOP",
        rel=0.005,
    ),
]
