"""Parametric cards on convolution arithmetic: output sizes, receptive fields, cheap layers."""

import math

from mldojo.content.cards import parametric

DECK = "convolution-shapes"

MIB = 2**20




def _count(*shapes):
    """Number of entries in arrays of these shapes, counted from NumPy arrays that use no memory."""
    import numpy as np

    return sum(np.broadcast_to(np.zeros(1), shape).size for shape in shapes)


def _windows(size, kernel, stride, pad=0, dilation=1):
    """Count the window positions along one axis by sliding a (dilated) kernel over a padded row."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    span = dilation * (kernel - 1) + 1
    row = np.pad(np.zeros(size), pad)
    return sliding_window_view(row, span)[::stride].shape[0]


# -- pooling -------------------------------------------------------------------------------------


def _pooling(rng):
    kernel, stride = rng.choice([(2, 2), (3, 2), (3, 3), (2, 1), (3, 1)])
    return {"size": rng.choice([7, 14, 15, 27, 28, 55, 56, 112, 113]), "k": kernel, "s": stride}


def _pooling_oracle(p):
    import numpy as np

    starts = np.arange(0, p["size"] - p["k"] + 1, p["s"])
    return float(starts.size)


# -- receptive fields ----------------------------------------------------------------------------


def _stack(rng):
    return {"layers": rng.randint(2, 12)}


def _stack_oracle(p):
    # Push a single active pixel back through the stack and measure how far it spreads.
    import numpy as np
    from scipy.signal import convolve2d

    image = np.zeros((1, 1))
    image[0, 0] = 1.0
    for _ in range(p["layers"]):
        image = convolve2d(image, np.ones((3, 3)))
    return float(np.count_nonzero(image[image.shape[0] // 2]))


_LAYER_MENU = [
    ("3×3 conv, stride 1", 3, 1),
    ("3×3 conv, stride 2", 3, 2),
    ("5×5 conv, stride 1", 5, 1),
    ("2×2 max-pool, stride 2", 2, 2),
    ("7×7 conv, stride 2", 7, 2),
    ("1×1 conv, stride 1", 1, 1),
]


def _strided_stack(rng):
    layers = [rng.choice(_LAYER_MENU) for _ in range(rng.randint(3, 5))]
    return {
        "kernels": [k for _, k, _ in layers],
        "strides": [s for _, _, s in layers],
        "stack": "; ".join(name for name, _, _ in layers),
    }


def _receptive_field(p):
    field, jump = 1, 1
    for kernel, stride in zip(p["kernels"], p["strides"], strict=True):
        field += (kernel - 1) * jump
        jump *= stride
    return field


def _receptive_field_oracle(p):
    # Walk backwards from one output unit: the input interval [lo, hi] it depends on grows
    # to [lo·s, hi·s + k − 1] at every layer.
    import numpy as np

    lo, hi = np.int64(0), np.int64(0)
    for kernel, stride in reversed(list(zip(p["kernels"], p["strides"], strict=True))):
        lo, hi = lo * stride, hi * stride + kernel - 1
    return float(hi - lo + 1)


# -- cheaper convolutions ------------------------------------------------------------------------


def _channels(rng):
    return {
        "c_in": rng.choice([16, 32, 64, 128, 256, 512]),
        "c_out": rng.choice([32, 64, 128, 256, 512]),
        "k": rng.choice([3, 5, 7]),
    }


def _separable(p):
    return p["k"] ** 2 * p["c_in"] + p["c_in"] * p["c_out"]


def _separable_oracle(p):
    try:
        import torch

        depthwise = torch.nn.Conv2d(p["c_in"], p["c_in"], p["k"], groups=p["c_in"], bias=False)
        pointwise = torch.nn.Conv2d(p["c_in"], p["c_out"], 1, bias=False)
        return float(sum(t.numel() for m in (depthwise, pointwise) for t in m.parameters()))
    except ImportError:
        # One k×k filter per input channel, then a 1×1 convolution that mixes channels.
        return float(_count((p["c_in"], 1, p["k"], p["k"]), (p["c_out"], p["c_in"], 1, 1)))


def _separable_ratio_oracle(p):
    standard = _count((p["c_out"], p["c_in"], p["k"], p["k"]))
    return float(standard / _separable_oracle(p))


def _grouped(rng):
    groups = rng.choice([2, 4, 8, 32])
    return {
        "c_in": groups * rng.choice([4, 8, 16]),
        "c_out": groups * rng.choice([4, 8, 16]),
        "groups": groups,
        "k": rng.choice([1, 3, 5]),
    }


def _grouped_oracle(p):
    try:
        import torch

        layer = torch.nn.Conv2d(p["c_in"], p["c_out"], p["k"], groups=p["groups"])
        return float(sum(t.numel() for t in layer.parameters()))
    except ImportError:
        # g independent convolutions, each from c_in/g to c_out/g channels, with biases.
        g = p["groups"]
        one = _count((p["c_out"] // g, p["c_in"] // g, p["k"], p["k"]), (p["c_out"] // g,))
        return float(g * one)


# -- dilation, transposed convolution, padding ---------------------------------------------------


def _dilated(rng):
    return {
        "size": rng.choice([32, 64, 65, 97, 128]),
        "k": 3,
        "dilation": rng.choice([1, 2, 3, 4, 6]),
        "pad": rng.choice([0, 1, 2]),
    }


def _dilated_answer(p):
    return p["size"] + 2 * p["pad"] - p["dilation"] * (p["k"] - 1)


def _dilated_oracle(p):
    return float(_windows(p["size"], p["k"], 1, p["pad"], p["dilation"]))


def _transposed(rng):
    return {
        "size": rng.choice([4, 7, 8, 14, 16, 32]),
        "k": rng.choice([2, 3, 4, 5]),
        "s": rng.choice([1, 2, 3]),
        "pad": rng.choice([0, 1]),
    }


def _transposed_oracle(p):
    # Scatter one kernel per input position, stride apart, then trim the padding on both sides.
    import numpy as np

    out = np.zeros((p["size"] - 1) * p["s"] + p["k"])
    for i in range(p["size"]):
        out[i * p["s"] : i * p["s"] + p["k"]] += 1
    return float(out[p["pad"] : out.size - p["pad"]].size)


def _same(rng):
    return {"k": rng.choice([1, 3, 5, 7, 9, 11]), "dilation": rng.choice([1, 2, 3, 4])}


def _same_oracle(p):
    # Try paddings until a stride-1 convolution keeps the length unchanged.
    size = 200
    for pad in range(0, 64):
        if _windows(size, p["k"], 1, pad, p["dilation"]) == size:
            return float(pad)
    raise ValueError("no padding keeps the size")


# -- cost and memory -----------------------------------------------------------------------------


def _conv_cost(rng):
    return {
        "hw": rng.choice([7, 14, 28, 56, 112]),
        "c_in": rng.choice([32, 64, 128, 256]),
        "c_out": rng.choice([32, 64, 128, 256, 512]),
        "k": rng.choice([1, 3]),
    }


def _conv_macs_oracle(p):
    # im2col: (H·W, k²·C_in) @ (k²·C_in, C_out); NumPy's planner counts 2 FLOPs per MAC.
    import numpy as np

    patches = np.broadcast_to(np.zeros(1), (p["hw"] ** 2, p["k"] ** 2 * p["c_in"]))
    weights = np.broadcast_to(np.zeros(1), (p["k"] ** 2 * p["c_in"], p["c_out"]))
    report = np.einsum_path("ij,jk->ik", patches, weights, optimize=False)[1]
    line = next(row for row in report.splitlines() if "Naive FLOP count" in row)
    return float(line.split(":")[1]) / 2 / 1e6


def _activations(rng):
    return {
        "batch": rng.choice([8, 16, 32, 64, 128]),
        "c": rng.choice([64, 128, 256, 512]),
        "hw": rng.choice([7, 14, 28, 56, 112]),
    }


def _activation_oracle(p):
    import numpy as np

    shape = (p["batch"], p["c"], p["hw"], p["hw"])
    return float(np.broadcast_to(np.zeros(1, np.float32), shape).nbytes / MIB)


def _downsampling(rng):
    return {"size": rng.choice([224, 227, 256, 299, 320, 384, 512, 600]), "n": rng.randint(2, 5)}


def _downsample_oracle(p):
    size = p["size"]
    for _ in range(p["n"]):
        size = _windows(size, 3, 2, pad=1)
    return float(size)


# -- vision transformers -------------------------------------------------------------------------


def _vit(rng):
    patch = rng.choice([8, 14, 16, 32])
    return {
        "h": patch * rng.randint(7, 24),
        "w": patch * rng.randint(7, 24),
        "patch": patch,
        "d": rng.choice([192, 384, 768, 1024]),
        "c": 3,
    }


def _vit_tokens_oracle(p):
    import numpy as np

    image = np.zeros((p["h"], p["w"], p["c"]))
    size = p["patch"]
    patches = image.reshape(p["h"] // size, size, p["w"] // size, size, p["c"]).swapaxes(1, 2)
    return float(patches.reshape(-1, size * size * p["c"]).shape[0])


def _vit_embed_oracle(p):
    # The patch embedding is a convolution with kernel = stride = patch size, plus a bias.
    try:
        import torch

        layer = torch.nn.Conv2d(p["c"], p["d"], p["patch"], stride=p["patch"])
        return float(sum(t.numel() for t in layer.parameters()))
    except ImportError:
        return float(_count((p["d"], p["c"], p["patch"], p["patch"]), (p["d"],)))


CARDS = [
    parametric(
        id="2321d049-7238-4b51-8286-3078fcde80a8",
        slug="max-pool-output-size",
        skill="computer-vision",
        topics=["cnn", "pooling", "shapes"],
        prompt=(
            "A {size}×{size} feature map goes through {k}×{k} max-pooling with stride {s} and no "
            "padding. What is the output height?"
        ),
        generate=_pooling,
        answer=lambda p: (p["size"] - p["k"]) // p["s"] + 1,
        oracle=_pooling_oracle,
        explanation="out = ⌊(n − k)/s⌋ + 1: the pooling windows that fit, one every s pixels.",
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="dbde2584-702d-4e88-9f27-3a7474f1a8df",
        slug="receptive-field-of-stacked-3x3",
        skill="computer-vision",
        topics=["cnn", "receptive-field"],
        prompt=(
            "A stack of {layers} convolutions, each 3×3 with stride 1 and no pooling in between. "
            "How wide is the receptive field of one output unit, in input pixels?"
        ),
        generate=_stack,
        answer=lambda p: 2 * p["layers"] + 1,
        oracle=_stack_oracle,
        explanation=(
            "Each stride-1 3×3 layer widens the field by 2 pixels: 1 + 2·L. Two 3×3 layers see "
            "as much as one 5×5 with fewer parameters."
        ),
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="cc8c1e4c-50de-4ab5-af81-3068241e7091",
        slug="receptive-field-with-strides",
        skill="computer-vision",
        topics=["cnn", "receptive-field"],
        prompt=(
            "A network applies, in order: {stack}. How wide is the receptive field of one unit "
            "of the last layer, in input pixels?"
        ),
        generate=_strided_stack,
        answer=_receptive_field,
        oracle=_receptive_field_oracle,
        explanation=(
            "r = 1 + Σ (kᵢ − 1)·(product of the strides before layer i): a layer's kernel "
            "counts in units of the input pixels its step spans."
        ),
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="66b03ce1-1052-4d96-b6cc-b5a3717b887c",
        slug="depthwise-separable-parameter-count",
        skill="computer-vision",
        topics=["cnn", "parameter-count", "mobilenet"],
        prompt=(
            "A depthwise-separable convolution maps {c_in} to {c_out} channels: a {k}×{k} "
            "depthwise convolution followed by a 1×1 pointwise convolution, no biases. How many "
            "parameters does it have?"
        ),
        generate=_channels,
        answer=_separable,
        oracle=_separable_oracle,
        explanation=(
            "Depthwise: one k×k filter per input channel, k²·C_in; pointwise: C_in·C_out. Add them."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="3768aad3-ca50-4878-ad51-c091f5ef93a2",
        slug="separable-versus-standard-savings",
        skill="computer-vision",
        topics=["cnn", "parameter-count", "mobilenet"],
        prompt=(
            "A standard {k}×{k} convolution from {c_in} to {c_out} channels (no bias) is replaced "
            "by a depthwise-separable one (depthwise {k}×{k}, then 1×1; no biases). How many "
            "times fewer parameters does it have? (2 decimal places)"
        ),
        generate=_channels,
        answer=lambda p: p["k"] ** 2 * p["c_in"] * p["c_out"] / _separable(p),
        oracle=_separable_ratio_oracle,
        explanation=(
            "k²·C_in·C_out / (k²·C_in + C_in·C_out) = 1 / (1/C_out + 1/k²): close to k² when "
            "C_out is large."
        ),
        decimals=2,
    ),
    parametric(
        id="ccce51ff-6d63-4699-b44a-6fb990d0f150",
        slug="grouped-convolution-parameter-count",
        skill="computer-vision",
        topics=["cnn", "parameter-count"],
        prompt=(
            "A {k}×{k} convolution from {c_in} to {c_out} channels uses {groups} groups and a bias "
            "per output channel. How many trainable parameters does it have?"
        ),
        generate=_grouped,
        answer=lambda p: p["k"] ** 2 * (p["c_in"] // p["groups"]) * p["c_out"] + p["c_out"],
        oracle=_grouped_oracle,
        explanation=(
            "Each output channel only sees the C_in/g channels of its group: k²·(C_in/g)·C_out "
            "weights plus C_out biases, g times fewer weights than an ungrouped layer."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="c5233317-19c5-4ce0-aebf-bb89c79e9fd2",
        slug="dilated-convolution-output-size",
        skill="computer-vision",
        topics=["cnn", "dilation", "shapes"],
        prompt=(
            "A {size}×{size} input goes through a {k}×{k} convolution with dilation {dilation}, "
            "stride 1 and zero padding {pad} on every side. What is the output height?"
        ),
        generate=_dilated,
        answer=_dilated_answer,
        oracle=_dilated_oracle,
        explanation=(
            "Dilation spreads the kernel to an effective size d·(k − 1) + 1, so "
            "out = n + 2p − d·(k − 1) at stride 1."
        ),
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="f3a08395-e6c6-4138-b25b-b202fefe71d4",
        slug="transposed-convolution-output-size",
        skill="computer-vision",
        topics=["cnn", "upsampling", "shapes"],
        prompt=(
            "A transposed convolution with a {k}×{k} kernel, stride {s} and padding {pad} (no "
            "output padding) is applied to a {size}×{size} input. What is the output height?"
        ),
        generate=_transposed,
        answer=lambda p: (p["size"] - 1) * p["s"] - 2 * p["pad"] + p["k"],
        oracle=_transposed_oracle,
        explanation=(
            "out = (n − 1)·s − 2p + k: the inputs are spread s apart, each paints a k-wide "
            "patch, and padding trims p from each side."
        ),
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="e0a85e23-bd58-428c-9731-bebea1e88357",
        slug="same-padding-for-dilated-kernel",
        skill="computer-vision",
        topics=["cnn", "padding"],
        prompt=(
            "A stride-1 convolution has a {k}×{k} kernel with dilation {dilation}. How much zero "
            "padding per side keeps the output the same size as the input?"
        ),
        generate=_same,
        answer=lambda p: p["dilation"] * (p["k"] - 1) // 2,
        oracle=_same_oracle,
        explanation=(
            "The effective kernel spans d·(k − 1) + 1 pixels, so pad d·(k − 1)/2 on each side."
        ),
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="d333a2a8-80dd-4ec1-944f-08ef907d6f3d",
        slug="convolution-multiply-accumulates",
        skill="computer-vision",
        topics=["cnn", "flops", "compute"],
        prompt=(
            "A {k}×{k} convolution with 'same' padding and stride 1 maps a {hw}×{hw}×{c_in} "
            "feature map to {c_out} channels. How many multiply–accumulate operations does it "
            "take for one image? (in millions, 3 significant figures)"
        ),
        generate=_conv_cost,
        answer=lambda p: p["hw"] ** 2 * p["k"] ** 2 * p["c_in"] * p["c_out"] / 1e6,
        oracle=_conv_macs_oracle,
        explanation=(
            "Every output position and output channel needs k²·C_in MACs: H·W·k²·C_in·C_out."
        ),
        units="million MACs",
        rel=0.005,
    ),
    parametric(
        id="6a7dcf7d-6762-4085-8bf2-dc6470ba95ce",
        slug="activation-memory-of-feature-map",
        skill="computer-vision",
        topics=["memory", "cnn"],
        prompt=(
            "A batch of {batch} feature maps of shape {c}×{hw}×{hw} is stored as float32. How "
            "much memory does it take? (in MiB, where 1 MiB = 2^20 bytes, 3 significant figures)"
        ),
        generate=_activations,
        answer=lambda p: p["batch"] * p["c"] * p["hw"] ** 2 * 4 / MIB,
        oracle=_activation_oracle,
        explanation="N·C·H·W values at 4 bytes each, divided by 2^20.",
        units="MiB",
        rel=0.005,
    ),
    parametric(
        id="0b0f8f4b-783b-4694-8fc8-365713eaa7c1",
        slug="size-after-repeated-downsampling",
        skill="computer-vision",
        topics=["cnn", "shapes"],
        prompt=(
            "A {size}×{size} image passes through {n} convolutions, each 3×3 with stride 2 and "
            "padding 1. What is the final feature-map height?"
        ),
        generate=_downsampling,
        answer=lambda p: math.ceil(p["size"] / 2 ** p["n"]),
        oracle=_downsample_oracle,
        explanation=(
            "Each layer gives ⌊(n + 2 − 3)/2⌋ + 1 = ⌈n/2⌉, and nested ceilings of halving equal "
            "⌈n / 2^L⌉."
        ),
        units="pixels",
        decimals=0,
    ),
    parametric(
        id="3d5c9891-6d86-49da-aa90-1fc868f8c3bf",
        slug="vision-transformer-patch-count",
        skill="computer-vision",
        topics=["vision-transformer", "shapes"],
        prompt=(
            "A vision transformer cuts an image of height {h} and width {w} into non-overlapping "
            "{patch}×{patch} patches. How many patch tokens does it get (no class token)?"
        ),
        generate=_vit,
        answer=lambda p: (p["h"] // p["patch"]) * (p["w"] // p["patch"]),
        oracle=_vit_tokens_oracle,
        explanation="(H/P)·(W/P): patches per column times patches per row.",
        units="tokens",
        decimals=0,
    ),
    parametric(
        id="038293de-e33a-4705-ae2e-9cc1f5bc52c2",
        slug="vision-transformer-patch-embedding-parameters",
        skill="computer-vision",
        topics=["vision-transformer", "parameter-count"],
        prompt=(
            "A vision transformer projects each {patch}×{patch} RGB patch linearly to {d} "
            "dimensions, with a bias. How many parameters does the patch embedding have?"
        ),
        generate=_vit,
        answer=lambda p: p["patch"] ** 2 * p["c"] * p["d"] + p["d"],
        oracle=_vit_embed_oracle,
        explanation=(
            "Each flattened patch has P²·3 values, mapped to d outputs: P²·3·d weights plus d "
            "biases (a P×P convolution with stride P)."
        ),
        units="parameters",
        decimals=0,
    ),
]
