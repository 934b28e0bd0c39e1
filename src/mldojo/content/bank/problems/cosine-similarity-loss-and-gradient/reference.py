import numpy as np


def cosine_similarity_loss_and_gradient(a: np.ndarray, b: np.ndarray) -> tuple[float, np.ndarray]:
    n = a.shape[0]
    na = np.linalg.norm(a, axis=1, keepdims=True)
    nb = np.linalg.norm(b, axis=1, keepdims=True)
    a_hat = a / na
    b_hat = b / nb
    cos = np.sum(a_hat * b_hat, axis=1, keepdims=True)
    loss = float(np.mean(1.0 - cos))
    grad_a = -(b_hat - cos * a_hat) / (na * n)
    return loss, grad_a
