# Differentiates with the residual y_true - y_pred, so every gradient has the wrong sign.
import numpy as np


def huber_loss_and_gradient(y_pred, y_true, delta):
    r = y_true - y_pred
    a = np.abs(r)
    loss = np.mean(np.where(a <= delta, 0.5 * r**2, delta * (a - 0.5 * delta)))
    return float(loss), np.clip(r, -delta, delta) / r.size
