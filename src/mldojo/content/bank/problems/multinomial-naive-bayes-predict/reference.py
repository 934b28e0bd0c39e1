import numpy as np


def multinomial_nb_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    classes, which = np.unique(y_train, return_inverse=True)
    one_hot = np.zeros((len(y_train), len(classes)))
    one_hot[np.arange(len(y_train)), which] = 1.0
    smoothed = one_hot.T @ X_train + alpha  # (C, d) feature counts per class, plus alpha
    log_theta = np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True))
    log_prior = np.log(one_hot.sum(axis=0) / len(y_train))
    joint = log_prior[None, :] + X_test @ log_theta.T  # (m, C)
    proba = np.exp(joint - joint.max(axis=1, keepdims=True))
    proba /= proba.sum(axis=1, keepdims=True)
    return classes[joint.argmax(axis=1)], proba
