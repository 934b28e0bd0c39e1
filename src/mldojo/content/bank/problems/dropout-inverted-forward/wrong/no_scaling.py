# Missing term: classic (non-inverted) dropout, zeroes units but never rescales the survivors.
import numpy as np


def dropout_inverted_forward(x, mask, p, training):
    if not training:
        return x.copy()
    return x * mask
