# Normalises the rows of A but not those of B, so the result scales with the length of b_j.
import numpy as np


def cosine_similarity_matrix(A, B):
    n = np.linalg.norm(A, axis=1, keepdims=True)
    An = np.divide(A, n, out=np.zeros(A.shape), where=n > 0)
    return An @ B.T
