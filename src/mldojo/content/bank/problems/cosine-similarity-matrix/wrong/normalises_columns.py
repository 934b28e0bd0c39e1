# Normalises each column (axis 0) instead of each row vector.
import numpy as np


def cosine_similarity_matrix(A, B):
    def unit(M):
        n = np.linalg.norm(M, axis=0, keepdims=True)
        return np.divide(M, n, out=np.zeros(M.shape), where=n > 0)

    return unit(A) @ unit(B).T
