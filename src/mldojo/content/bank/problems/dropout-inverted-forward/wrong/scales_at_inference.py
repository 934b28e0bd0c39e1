# Mixes the two schemes: inverted scaling in training and an extra (1 - p) factor at inference.
import numpy as np


def dropout_inverted_forward(x, mask, p, training):
    if not training:
        return x * (1.0 - p)
    return x * mask / (1.0 - p)
