# Divides by the norms without a guard: a zero row gives 0/0 = nan instead of 0.
import numpy as np


def cosine_similarity_matrix(A, B):
    with np.errstate(invalid="ignore", divide="ignore"):
        An = A / np.linalg.norm(A, axis=1, keepdims=True)
        Bn = B / np.linalg.norm(B, axis=1, keepdims=True)
    return An @ Bn.T
