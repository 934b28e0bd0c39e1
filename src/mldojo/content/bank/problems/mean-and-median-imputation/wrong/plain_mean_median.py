# Numerically wrong with missing data: np.mean / np.median return NaN for any column that holds a NaN.
import numpy as np


def impute_missing(X_train, X, strategy):
    stats = X_train.mean(axis=0) if strategy == "mean" else np.median(X_train, axis=0)
    return stats, np.where(np.isnan(X), stats, X)
