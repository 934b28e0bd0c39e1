import numpy as np


def stratified_split(
    y: np.ndarray, test_fraction: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    classes, which = np.unique(y, return_inverse=True)
    # Shuffle all rows once, then a stable sort by class keeps the shuffled order within each class.
    order = rng.permutation(len(y))
    order = order[np.argsort(which[order], kind="stable")]
    counts = np.bincount(which, minlength=len(classes))
    n_test = np.floor(test_fraction * counts + 0.5).astype(np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    # Position of every row inside its class block of the shuffled order.
    rank = np.arange(len(y)) - np.repeat(starts, counts)
    in_test = rank < np.repeat(n_test, counts)
    return np.sort(order[~in_test]), np.sort(order[in_test])
