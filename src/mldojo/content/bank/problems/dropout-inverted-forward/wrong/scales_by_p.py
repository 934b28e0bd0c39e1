# Wrong convention: scales the kept units by 1/p (p is the drop probability, not the keep probability).
import numpy as np


def dropout_inverted_forward(x, mask, p, training):
    if not training:
        return x.copy()
    return x * mask / p if p > 0 else x * mask
