# Adds alpha to every count but not alpha * d to the denominator, so theta does not sum to 1.
import numpy as np


def multinomial_nb_predict(X_train, y_train, X_test, alpha):
    classes = np.unique(y_train)
    joint = []
    for c in classes:
        counts = X_train[y_train == c].sum(axis=0)
        log_theta = np.log(counts + alpha) - np.log(counts.sum())
        joint.append(np.log(np.mean(y_train == c)) + X_test @ log_theta)
    joint = np.array(joint).T
    p = np.exp(joint - joint.max(axis=1, keepdims=True))
    return classes[joint.argmax(axis=1)], p / p.sum(axis=1, keepdims=True)
