import numpy as np


def ridge_fit(X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    x_mean = X.mean(axis=0)
    y_mean = float(y.mean())
    Xc = X - x_mean  # centring removes the (unpenalised) intercept from the problem
    gram = Xc.T @ Xc
    gram[np.diag_indices_from(gram)] += lam
    w = np.linalg.solve(gram, Xc.T @ (y - y_mean))
    b = y_mean - float(x_mean @ w)
    return w, b
