# Breaks vote ties toward the largest label instead of the smallest.
import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    idx = np.argsort(d2, axis=1, kind="stable")[:, :k]
    out = []
    for row in y_train[idx]:
        counts = np.bincount(row)
        out.append(len(counts) - 1 - int(np.argmax(counts[::-1])))
    return np.array(out)
