import numpy as np


def kl_divergence(P: np.ndarray, Q: np.ndarray) -> np.ndarray:
    support = P > 0
    terms = np.zeros(P.shape)
    with np.errstate(divide="ignore"):  # q = 0 under p > 0 gives inf, as it should
        terms[support] = P[support] * np.log(P[support] / Q[support])
    return terms.sum(axis=1)
