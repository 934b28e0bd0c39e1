# Multiplies the word probabilities theta^x directly: long documents underflow to 0, and 0 / 0 is nan.
import numpy as np


def multinomial_nb_predict(X_train, y_train, X_test, alpha):
    classes = np.unique(y_train)
    joint = []
    for c in classes:
        counts = X_train[y_train == c].sum(axis=0) + alpha
        theta = counts / counts.sum()
        joint.append(np.mean(y_train == c) * np.prod(theta[None, :] ** X_test, axis=1))
    joint = np.array(joint).T
    with np.errstate(invalid="ignore"):
        return classes[joint.argmax(axis=1)], joint / joint.sum(axis=1, keepdims=True)
