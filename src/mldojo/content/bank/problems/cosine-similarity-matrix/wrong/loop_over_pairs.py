# Too slow: computes each similarity separately in a double Python loop over the pairs.
import numpy as np


def cosine_similarity_matrix(A, B):
    S = np.zeros((A.shape[0], B.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            na, nb = np.linalg.norm(A[i]), np.linalg.norm(B[j])
            if na > 0 and nb > 0:
                S[i, j] = A[i] @ B[j] / (na * nb)
    return S
