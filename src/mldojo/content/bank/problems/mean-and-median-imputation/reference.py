import numpy as np


def impute_missing(X_train: np.ndarray, X: np.ndarray, strategy: str) -> tuple[np.ndarray, np.ndarray]:
    d = X_train.shape[1]
    stats = np.zeros(d)
    observed = ~np.isnan(X_train)
    for j in range(d):
        values = X_train[observed[:, j], j]
        if values.size:
            stats[j] = values.mean() if strategy == "mean" else np.median(values)
    return stats, np.where(np.isnan(X), stats, X)
