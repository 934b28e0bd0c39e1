# Breaks ties towards the largest label (last maximum) instead of the smallest.
import numpy as np


def majority_vote(predictions, n_classes):
    m, n = predictions.shape
    counts = np.zeros((n, n_classes), dtype=np.int64)
    np.add.at(counts, (np.broadcast_to(np.arange(n), (m, n)), predictions), 1)
    labels = n_classes - 1 - counts[:, ::-1].argmax(axis=1)
    return labels, counts.max(axis=1) / m
