# Adds 1e-8 to the product of the norms: short but non-zero vectors get similarities shrunk toward 0.
import numpy as np


def cosine_similarity_matrix(A, B):
    na = np.linalg.norm(A, axis=1)
    nb = np.linalg.norm(B, axis=1)
    return (A @ B.T) / (np.outer(na, nb) + 1e-8)
