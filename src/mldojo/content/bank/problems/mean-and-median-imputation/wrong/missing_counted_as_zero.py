# Missing-as-zero: divides the NaN-skipping sum by all rows, and takes the median with NaN replaced by 0.
import numpy as np


def impute_missing(X_train, X, strategy):
    zeroed = np.nan_to_num(X_train, nan=0.0)
    stats = zeroed.mean(axis=0) if strategy == "mean" else np.median(zeroed, axis=0)
    return stats, np.where(np.isnan(X), stats, X)
