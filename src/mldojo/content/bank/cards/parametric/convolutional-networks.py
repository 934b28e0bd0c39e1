"""Parametric cards on convolution layers: parameter counts and output shapes."""

from mldojo.content.cards import parametric

DECK = "convolutional-networks"


def _conv_params(rng):
    return {
        "c_in": rng.choice([1, 3, 8, 16, 32, 64, 128]),
        "c_out": rng.choice([8, 16, 32, 64, 96, 128, 256]),
        "k": rng.choice([1, 3, 5, 7]),
    }


def _conv_param_oracle(p):
    # Count the weights of an actual layer when PyTorch is installed, else with NumPy shapes.
    try:
        import torch

        layer = torch.nn.Conv2d(p["c_in"], p["c_out"], p["k"], bias=True)
        return float(sum(t.numel() for t in layer.parameters()))
    except ImportError:
        import numpy as np

        weight = np.zeros((p["c_out"], p["c_in"], p["k"], p["k"]))
        bias = np.zeros(p["c_out"])
        return float(weight.size + bias.size)


def _conv_shape(rng):
    size = rng.choice([28, 32, 64, 96, 100, 128, 224])
    k = rng.choice([3, 5, 7])
    return {"size": size, "k": k, "stride": rng.choice([1, 2]), "pad": rng.choice([0, 1, 2, 3])}


def _conv_shape_oracle(p):
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    image = np.pad(np.zeros((p["size"], p["size"])), p["pad"])
    windows = sliding_window_view(image, (p["k"], p["k"]))[:: p["stride"], :: p["stride"]]
    return float(windows.shape[0])


CARDS = [
    parametric(
        id="9c2e4b6a-1d3f-4a5c-8e7b-2f4a6c8e0b01",
        slug="conv2d-parameter-count",
        skill="deep-learning",
        topics=["cnn"],
        prompt=(
            "A 2-D convolution maps {c_in} input channels to {c_out} output channels with a "
            "{k}×{k} kernel and one bias per output channel. How many trainable parameters "
            "does it have?"
        ),
        generate=_conv_params,
        answer=lambda p: (p["k"] * p["k"] * p["c_in"] + 1) * p["c_out"],
        oracle=_conv_param_oracle,
        explanation=(
            "Each output channel has a k×k×c_in kernel plus one bias: (k·k·c_in + 1)·c_out. "
            "The spatial size of the input does not matter."
        ),
        units="parameters",
        decimals=0,
    ),
    parametric(
        id="9c2e4b6a-1d3f-4a5c-8e7b-2f4a6c8e0b02",
        slug="conv2d-output-size",
        skill="deep-learning",
        topics=["cnn"],
        prompt=(
            "A {size}×{size} input goes through a convolution with a {k}×{k} kernel, stride "
            "{stride} and zero padding {pad} on every side. What is the output's height?"
        ),
        generate=_conv_shape,
        answer=lambda p: (p["size"] + 2 * p["pad"] - p["k"]) // p["stride"] + 1,
        oracle=_conv_shape_oracle,
        explanation=(
            "out = floor((n + 2·padding − kernel) / stride) + 1: count the kernel positions "
            "that fit in the padded input, one every stride pixels."
        ),
        units="pixels",
        decimals=0,
    ),
]
