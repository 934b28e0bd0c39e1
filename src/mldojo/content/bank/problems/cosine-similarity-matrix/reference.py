import numpy as np


def _unit_rows(M: np.ndarray) -> np.ndarray:
    norms = np.sqrt(np.einsum("ij,ij->i", M, M))[:, None]
    # Zero rows stay zero, so every similarity with them is 0.
    return np.divide(M, norms, out=np.zeros(M.shape), where=norms > 0)


def cosine_similarity_matrix(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    return _unit_rows(A) @ _unit_rows(B).T
