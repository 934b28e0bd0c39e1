# Uses delta·|r| for the linear branch, without the -delta²/2 that joins it to the quadratic one.
import numpy as np


def huber_loss_and_gradient(y_pred, y_true, delta):
    r = y_pred - y_true
    a = np.abs(r)
    loss = np.mean(np.where(a <= delta, 0.5 * r**2, delta * a))
    return float(loss), np.clip(r, -delta, delta) / r.size
