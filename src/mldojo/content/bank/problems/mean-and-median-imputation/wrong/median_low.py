# Off-by-one in the median convention: takes the lower middle value for an even count instead of the mean of both.
import numpy as np


def impute_missing(X_train, X, strategy):
    d = X_train.shape[1]
    stats = np.zeros(d)
    for j in range(d):
        values = np.sort(X_train[~np.isnan(X_train[:, j]), j])
        if values.size:
            stats[j] = values.mean() if strategy == "mean" else values[(values.size - 1) // 2]
    return stats, np.where(np.isnan(X), stats, X)
