# Uses the unbiased class variance (divide by n_c - 1) instead of the population variance.
import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    eps = var_smoothing * X_train.var(axis=0).max()
    joint = []
    for c in classes:
        Xc = X_train[y_train == c]
        ddof = 1 if len(Xc) > 1 else 0
        mu, var = Xc.mean(axis=0), Xc.var(axis=0, ddof=ddof) + eps
        ll = -0.5 * (np.log(2 * np.pi * var) + (X_test - mu) ** 2 / var).sum(axis=1)
        joint.append(np.log(len(Xc) / len(X_train)) + ll)
    joint = np.array(joint).T
    p = np.exp(joint - joint.max(axis=1, keepdims=True))
    return classes[np.argmax(joint, axis=1)], p / p.sum(axis=1, keepdims=True)
