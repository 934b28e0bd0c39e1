# Divides by the accumulated sum itself instead of its square root.
def adagrad_step(params, grads, acc, lr, eps):
    new_acc = acc + grads**2
    return params - lr * grads / (new_acc + eps), new_acc
